namespace Renderer.Consul.Models;

/// <summary>The <c>:state</c> of <c>/v1/health/state/:state</c> (spec §6.5).</summary>
public enum HealthState
{
    Any,
    Passing,
    Warning,
    Critical,
}
