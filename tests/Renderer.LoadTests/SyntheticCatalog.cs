using System.Globalization;
using Renderer.ConsulSimulator.State;

namespace Renderer.LoadTests;

/// <summary>
/// The catalog of the scenario: <c>svc-00000</c>… each with instances on consecutive nodes, ports 20000 + instance,
/// every instance with a passing service check and every node with a passing <c>serfHealth</c> (as agents register them).
/// </summary>
internal sealed class SyntheticCatalog(int services, int instances, int nodes)
{
    public int Services => services;

    public int Instances => instances;

    public static string ServiceName(int service) => "svc-" + service.ToString("D5", CultureInfo.InvariantCulture);

    public static string InstanceId(int service, int instance) => $"{ServiceName(service)}-{instance.ToString(CultureInfo.InvariantCulture)}";

    public static string NodeName(int node) => "node-" + node.ToString("D3", CultureInfo.InvariantCulture);

    public static string NodeAddress(int node, int generation = 0) =>
        $"10.{generation.ToString(CultureInfo.InvariantCulture)}.{(node / 250).ToString(CultureInfo.InvariantCulture)}.{(node % 250 + 1).ToString(CultureInfo.InvariantCulture)}";

    public int NodeOf(int service, int instance) => ((service * instances) + instance) % nodes;

    public void Seed(Datacenter datacenter)
    {
        for (var node = 0; node < nodes; node++)
        {
            datacenter.Register(new CatalogRegistration(NodeName(node), NodeAddress(node))
            {
                Checks = [new CheckRegistration("serfHealth") { Name = "Serf Health Status", Status = CheckStatus.Passing }],
            });
        }

        for (var service = 0; service < services; service++)
        {
            for (var instance = 0; instance < instances; instance++)
            {
                Register(datacenter, service, instance, 20000 + instance);
            }
        }
    }

    public void Register(Datacenter datacenter, int service, int instance, int port, bool withCheck = true)
    {
        var node = NodeOf(service, instance);
        var id = InstanceId(service, instance);
        datacenter.Register(new CatalogRegistration(NodeName(node), NodeAddress(node))
        {
            SkipNodeUpdate = true,
            Service = new ServiceRegistration(ServiceName(service)) { Id = id, Port = port, Tags = ["http"] },
            Checks = withCheck ? [new CheckRegistration("service:" + id) { Name = "alive", Status = CheckStatus.Passing, ServiceId = id }] : [],
        });
    }

    public void Deregister(Datacenter datacenter, int service, int instance) =>
        datacenter.DeregisterService(NodeName(NodeOf(service, instance)), InstanceId(service, instance));

    public void SetHealth(Datacenter datacenter, int service, int instance, string status) =>
        datacenter.SetCheckStatus(NodeName(NodeOf(service, instance)), "service:" + InstanceId(service, instance), status);

    public void MoveNode(Datacenter datacenter, int node, int generation) =>
        datacenter.Register(new CatalogRegistration(NodeName(node), NodeAddress(node, generation))
        {
            Checks = [new CheckRegistration("serfHealth") { Name = "Serf Health Status", Status = CheckStatus.Passing }],
        });

    /// <summary>The template: every service, every passing instance, one line each naming the instance.</summary>
    public const string Template = """
        {{~ for svc in services ~}}
        upstream {{ svc.name }} {
        {{~ for inst in (service svc.name) ~}}
            server {{ nginx.address inst }} max_fails=3 fail_timeout=60 weight=1; # {{ inst.id }}
        {{~ end ~}}
        }
        {{~ end ~}}

        """;

    /// <summary>The line the template writes for an instance.</summary>
    public static string Line(string address, int port, string id) =>
        $"    server {address}:{port.ToString(CultureInfo.InvariantCulture)} max_fails=3 fail_timeout=60 weight=1; # {id}\n";
}
