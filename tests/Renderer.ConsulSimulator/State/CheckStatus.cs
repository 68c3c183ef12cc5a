namespace Renderer.ConsulSimulator.State;

/// <summary>The three check states Consul knows, spelled as it emits them.</summary>
public static class CheckStatus
{
    public const string Passing = "passing";
    public const string Warning = "warning";
    public const string Critical = "critical";

    internal static bool IsValid(string status) => status is Passing or Warning or Critical;
}
