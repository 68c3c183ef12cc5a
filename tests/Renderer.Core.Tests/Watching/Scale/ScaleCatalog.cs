using System.Globalization;
using Renderer.ConsulSimulator.State;

namespace Renderer.Core.Tests.Watching.Scale;

/// <summary>
/// A synthetic catalog in the simulator: <c>svc-00000</c> … services, each with instances spread over the nodes,
/// every instance with a passing service check and every node with a passing <c>serfHealth</c>. The number of
/// services comes from <c>RENDERER_SCALE_SERVICES</c> (default 2,000, so the suite stays quick in CI; the load
/// scenario in tests/Renderer.LoadTests runs 5,000 × 5).
/// </summary>
internal sealed record ScaleCatalog(int Services, int InstancesPerService, int Nodes)
{
    public static ScaleCatalog FromEnvironment() => new(
        int.TryParse(Environment.GetEnvironmentVariable("RENDERER_SCALE_SERVICES"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0
            ? count : 2000,
        2,
        40);

    public static string ServiceName(int service) => "svc-" + service.ToString("D5", CultureInfo.InvariantCulture);

    public static string NodeName(int node) => "node-" + node.ToString("D3", CultureInfo.InvariantCulture);

    public static string InstanceId(int service, int instance) => $"{ServiceName(service)}-{instance.ToString(CultureInfo.InvariantCulture)}";

    public static string NodeAddress(int node) => $"10.1.{(node / 250).ToString(CultureInfo.InvariantCulture)}.{(node % 250 + 1).ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The node of an instance: consecutive instances on consecutive nodes.</summary>
    public int NodeOf(int service, int instance) => ((service * InstancesPerService) + instance) % Nodes;

    public void Seed(Datacenter datacenter)
    {
        for (var node = 0; node < Nodes; node++)
        {
            datacenter.Register(new CatalogRegistration(NodeName(node), NodeAddress(node))
            {
                Checks = [new CheckRegistration("serfHealth") { Name = "Serf Health Status", Status = CheckStatus.Passing }],
            });
        }

        for (var service = 0; service < Services; service++)
        {
            for (var instance = 0; instance < InstancesPerService; instance++)
            {
                Register(datacenter, service, instance, 20000 + instance);
            }
        }
    }

    /// <summary>Registers (or re-registers) one instance with its passing check.</summary>
    public ulong Register(Datacenter datacenter, int service, int instance, int port, string checkStatus = CheckStatus.Passing, bool withCheck = true)
    {
        var node = NodeOf(service, instance);
        var id = InstanceId(service, instance);
        return datacenter.Register(new CatalogRegistration(NodeName(node), NodeAddress(node))
        {
            SkipNodeUpdate = true,
            Service = new ServiceRegistration(ServiceName(service)) { Id = id, Port = port, Tags = [service % 2 == 0 ? "http" : "tcp"] },
            Checks = withCheck ? [new CheckRegistration("service:" + id) { Name = "alive", Status = checkStatus, ServiceId = id }] : [],
        });
    }

    public ulong Deregister(Datacenter datacenter, int service, int instance) =>
        datacenter.DeregisterService(NodeName(NodeOf(service, instance)), InstanceId(service, instance));

    public ulong SetHealth(Datacenter datacenter, int service, int instance, string status) =>
        datacenter.SetCheckStatus(NodeName(NodeOf(service, instance)), "service:" + InstanceId(service, instance), status);
}
