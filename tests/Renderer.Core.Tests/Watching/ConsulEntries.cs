using System.Text;
using ConsulModels = Renderer.Consul.Models;

namespace Renderer.Core.Tests.Watching;

/// <summary>Hand-built Consul answers (<c>/v1/health/service</c> entries, KV pairs) as the client returns them.</summary>
internal static class ConsulEntries
{
    public static ConsulModels.Node Node(string name, string address, string datacenter = "dc1") =>
        new() { Name = name, Address = address, Datacenter = datacenter };

    public static ConsulModels.ServiceEntry Entry(
        ConsulModels.Node node, string id, string name, int port, params ConsulModels.HealthCheck[] checks) => new()
    {
        Node = node,
        Service = new ConsulModels.AgentService { Id = id, Name = name, Port = port },
        Checks = checks,
    };

    public static ConsulModels.HealthCheck NodeCheck(string id, string status = "passing") =>
        new() { CheckId = id, Name = id, Status = status };

    public static ConsulModels.HealthCheck ServiceCheck(string serviceId, string id, string status = "passing", string output = "") =>
        new() { CheckId = id, Name = id, Status = status, ServiceId = serviceId, Output = output };

    public static ConsulModels.KvPair Pair(string key, string? value) =>
        new() { Key = key, Value = value is null ? null! : Encoding.UTF8.GetBytes(value) };
}
