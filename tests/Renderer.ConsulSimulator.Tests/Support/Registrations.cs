using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Tests.Support;

/// <summary>Short ways to put services into a simulated datacenter.</summary>
internal static class Registrations
{
    public static ulong AddService(this Datacenter datacenter, string node, string address, string name, string? id = null, int port = 80,
        string[]? tags = null, string checkStatus = CheckStatus.Passing, IReadOnlyDictionary<string, string>? meta = null)
    {
        var serviceId = id ?? name;
        return datacenter.Register(new CatalogRegistration(node, address)
        {
            Service = new ServiceRegistration(name) { Id = serviceId, Port = port, Tags = tags ?? [], Meta = meta },
            Checks = [new CheckRegistration($"service:{serviceId}") { Name = $"{name} check", ServiceId = serviceId, Status = checkStatus }],
        });
    }
}
