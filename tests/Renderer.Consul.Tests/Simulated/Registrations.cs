using Renderer.ConsulSimulator.State;

namespace Renderer.Consul.Tests.Simulated;

/// <summary>Catalog data the simulated tests write straight into the simulator's state.</summary>
internal static class Registrations
{
    /// <summary>Instance <c>web-N</c> of <c>web</c> on node <c>node-N</c>, with a passing check.</summary>
    public static CatalogRegistration Web(int number) => new($"node-{number}", $"192.0.2.{number}")
    {
        Service = new ServiceRegistration("web") { Id = $"web-{number}", Port = 8080 },
        Checks = [new CheckRegistration($"service:web-{number}") { ServiceId = $"web-{number}", Status = CheckStatus.Passing }],
    };
}
