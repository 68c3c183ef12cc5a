using Renderer.Core.Catalog;
using Renderer.Core.Dependencies;
using Renderer.Core.Watching;
using static Renderer.Core.Tests.Watching.ConsulEntries;
using ConsulModels = Renderer.Consul.Models;

namespace Renderer.Core.Tests.Watching;

public sealed class ConsulDataMapperServiceTests
{
    private static readonly ConsulModels.Node NodeB = Node("node-b", "10.0.0.2");
    private static readonly ConsulModels.Node NodeA = Node("node-a", "10.0.0.1");

    private static string Describe(DependencyKey key, params ConsulModels.ServiceEntry[] entries) =>
        string.Join(" ", ConsulDataMapper.Service(key, entries, "dc1").Instances.Select(instance => $"{instance.Node}/{instance.Id}"));

    [Fact]
    public void Entries_become_instances_sorted_by_node_then_id_whatever_order_consul_answered_in()
    {
        var key = DependencyKey.ForService("web", filter: HealthFilter.Any);

        Assert.Equal(
            "node-a/web-3 node-b/web-1 node-b/web-2",
            Describe(key, Entry(NodeB, "web-2", "web", 80), Entry(NodeA, "web-3", "web", 80), Entry(NodeB, "web-1", "web", 80)));
    }

    [Fact]
    public void The_default_filter_keeps_only_passing_instances()
    {
        var key = DependencyKey.ParseService("web");

        Assert.Equal(
            "node-a/web-1",
            Describe(key,
                Entry(NodeA, "web-1", "web", 80, ServiceCheck("web-1", "c1")),
                Entry(NodeA, "web-2", "web", 80, ServiceCheck("web-2", "c2", "warning")),
                Entry(NodeB, "web-3", "web", 80, ServiceCheck("web-3", "c3", "critical"))));
    }

    [Fact]
    public void A_passing_and_warning_filter_drops_only_critical_instances()
    {
        var key = DependencyKey.ParseService("web", "passing,warning");

        Assert.Equal(
            "node-a/web-1 node-a/web-2",
            Describe(key,
                Entry(NodeA, "web-1", "web", 80, ServiceCheck("web-1", "c1")),
                Entry(NodeA, "web-2", "web", 80, ServiceCheck("web-2", "c2", "warning")),
                Entry(NodeB, "web-3", "web", 80, ServiceCheck("web-3", "c3", "critical"))));
    }

    [Fact]
    public void A_failing_node_check_fails_every_instance_on_the_node()
    {
        var key = DependencyKey.ParseService("web");

        Assert.Equal(
            "node-b/web-2",
            Describe(key,
                Entry(NodeA, "web-1", "web", 80, NodeCheck("serfHealth", "critical"), ServiceCheck("web-1", "c1")),
                Entry(NodeB, "web-2", "web", 80, NodeCheck("serfHealth"))));
    }

    [Fact]
    public void An_instance_in_maintenance_is_critical()
    {
        var entry = Entry(NodeA, "web-1", "web", 80, ServiceCheck("web-1", "_service_maintenance:web-1", "critical"));

        var instance = Assert.Single(ConsulDataMapper.Service(DependencyKey.ParseService("web", "any"), [entry], "dc1").Instances);

        Assert.Equal(HealthStatus.Critical, instance.Status);
    }

    [Fact]
    public void An_unknown_check_status_counts_as_critical()
    {
        var entry = Entry(NodeA, "web-1", "web", 80, ServiceCheck("web-1", "c1", "maintenance"));

        Assert.Empty(ConsulDataMapper.Service(DependencyKey.ParseService("web", "passing,warning"), [entry], "dc1").Instances);
    }

    [Fact]
    public void Node_and_service_checks_are_merged_sorted_by_id_with_the_service_id_of_service_checks_only()
    {
        var entry = Entry(NodeA, "web-1", "web", 80, ServiceCheck("web-1", "web-http", output: "200 OK"), NodeCheck("serfHealth"));

        var checks = Assert.Single(ConsulDataMapper.Service(DependencyKey.ParseService("web"), [entry], "dc1").Instances).Checks;

        Assert.Equal(["serfHealth:", "web-http:web-1"], checks.Select(check => $"{check.Id}:{check.ServiceId}"));
        Assert.Equal("200 OK", checks[1].Output);
    }

    [Fact]
    public void The_address_falls_back_to_the_node_address_when_the_service_has_none()
    {
        var withAddress = Entry(NodeA, "web-1", "web", 80) with { Service = new ConsulModels.AgentService { Id = "web-1", Name = "web", Address = "10.1.1.1", Port = 80 } };
        var without = Entry(NodeB, "web-2", "web", 81);

        var instances = ConsulDataMapper.Service(DependencyKey.ParseService("web"), [withAddress, without], "dc1").Instances;

        Assert.Equal(["10.1.1.1:10.0.0.1", "10.0.0.2:10.0.0.2"], instances.Select(instance => $"{instance.Address}:{instance.NodeAddress}"));
    }

    [Fact]
    public void Tags_meta_and_weights_are_kept()
    {
        var entry = Entry(NodeA, "web-1", "web", 80) with
        {
            Service = new ConsulModels.AgentService
            {
                Id = "web-1",
                Name = "web",
                Tags = ["v2", "http"],
                Meta = new Dictionary<string, string> { ["version"] = "2", ["owner"] = "shop" },
                Weights = new ConsulModels.ServiceWeights(10, 3),
            },
        };

        var instance = Assert.Single(ConsulDataMapper.Service(DependencyKey.ParseService("web"), [entry], "dc1").Instances);

        Assert.Equal<string>(["v2", "http"], instance.Tags);
        Assert.Equal(["owner", "version"], instance.Meta.Keys);
        Assert.Equal(new ServiceWeights(10, 3), instance.Weights);
    }

    [Fact]
    public void The_datacenter_comes_from_the_node_when_consul_gives_it()
    {
        var entry = Entry(Node("n1", "10.0.0.1", "east"), "web-1", "web", 80);

        Assert.Equal("east", ConsulDataMapper.Service(DependencyKey.ParseService("web"), [entry], "dc1").Instances[0].Datacenter);
    }

    [Fact]
    public void Without_a_node_datacenter_the_keys_datacenter_is_used()
    {
        var entry = Entry(Node("n1", "10.0.0.1", ""), "web-1", "web", 80);

        Assert.Equal("west", ConsulDataMapper.Service(DependencyKey.ParseService("web@west"), [entry], "dc1").Instances[0].Datacenter);
    }

    [Fact]
    public void Without_any_datacenter_the_local_one_is_used()
    {
        var entry = Entry(Node("n1", "10.0.0.1", ""), "web-1", "web", 80);

        Assert.Equal("dc1", ConsulDataMapper.Service(DependencyKey.ParseService("web"), [entry], "dc1").Instances[0].Datacenter);
    }
}
