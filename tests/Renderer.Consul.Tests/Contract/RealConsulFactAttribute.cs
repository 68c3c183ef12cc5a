namespace Renderer.Consul.Tests.Contract;

/// <summary>A contract test against a real Consul; skipped, saying so, when <c>CONSUL_HTTP_ADDR</c> is not set.</summary>
public sealed class RealConsulFactAttribute : FactAttribute
{
    public const string NotConfigured =
        "CONSUL_HTTP_ADDR is not set: contract tests against a real Consul skipped (they ran against the simulator)";

    public RealConsulFactAttribute()
    {
        if (RealConsulTarget.ConfiguredAddress is null)
        {
            Skip = NotConfigured;
        }
    }
}
