namespace Renderer.Consul.Models;

/// <summary>The check status strings Consul emits (maintenance checks are <c>critical</c>, spec §6.3).</summary>
public static class HealthStatus
{
    public const string Passing = "passing";
    public const string Warning = "warning";
    public const string Critical = "critical";
}
