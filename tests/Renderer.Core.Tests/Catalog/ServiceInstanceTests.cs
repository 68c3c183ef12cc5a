using Renderer.Core.Catalog;
using static Renderer.Core.Tests.Catalog.TestCatalog;

namespace Renderer.Core.Tests.Catalog;

public sealed class ServiceInstanceTests
{
    private static readonly CatalogNode Node1 = Node("consul-1", "192.168.0.129");

    [Fact]
    public void The_address_falls_back_to_the_node_address_when_the_service_address_is_empty()
    {
        var instance = ServiceInstance.Create(Node1, Service("web-1", "web"), "dc1");

        Assert.Equal("192.168.0.129", instance.Address);
        Assert.Equal("192.168.0.129", instance.NodeAddress);
    }

    [Fact]
    public void The_address_is_the_service_address_when_one_is_registered()
    {
        var instance = ServiceInstance.Create(Node1, Service("web-1", "web") with { Address = "172.17.0.2" }, "dc1");

        Assert.Equal("172.17.0.2", instance.Address);
        Assert.Equal("192.168.0.129", instance.NodeAddress);
    }

    [Fact]
    public void An_instance_without_checks_is_passing()
    {
        Assert.Equal(HealthStatus.Passing, ServiceInstance.Create(Node1, Service("web-1", "web"), "dc1").Status);
    }

    [Fact]
    public void The_status_is_the_worst_over_node_and_service_checks()
    {
        var node = Node1 with { Checks = [Check("serfHealth", HealthStatus.Warning)] };
        var service = Service("web-1", "web").WithChecks(HealthStatus.Passing);

        Assert.Equal(HealthStatus.Warning, ServiceInstance.Create(node, service, "dc1").Status);
    }

    [Fact]
    public void A_critical_check_outweighs_a_warning()
    {
        var service = Service("web-1", "web").WithChecks(HealthStatus.Warning, HealthStatus.Critical, HealthStatus.Passing);

        Assert.Equal(HealthStatus.Critical, ServiceInstance.Create(Node1, service, "dc1").Status);
    }

    [Theory]
    [InlineData("_node_maintenance")]
    [InlineData("_service_maintenance:web-1")]
    public void A_maintenance_check_counts_as_critical_even_when_recorded_as_passing(string checkId)
    {
        var service = Service("web-1", "web") with { Checks = [Check(checkId, HealthStatus.Passing)] };

        Assert.Equal(HealthStatus.Critical, ServiceInstance.Create(Node1, service, "dc1").Status);
    }

    [Fact]
    public void Node_checks_appear_with_an_empty_service_id_and_service_checks_with_the_instance_id()
    {
        var node = Node1 with { Checks = [Check("serfHealth", HealthStatus.Passing)] };
        var service = Service("web-1", "web") with { Checks = [Check("service:web-1", HealthStatus.Passing)] };

        var checks = ServiceInstance.Create(node, service, "dc1").Checks;

        Assert.Equal([("serfHealth", ""), ("service:web-1", "web-1")], checks.Select(check => (check.Id, check.ServiceId)));
    }

    [Fact]
    public void Checks_are_sorted_ordinally_by_id()
    {
        var node = Node1 with { Checks = [Check("serfHealth", HealthStatus.Passing)] };
        var service = Service("web-1", "web") with
        {
            Checks = [Check("service:web-1", HealthStatus.Passing), Check("a-check", HealthStatus.Passing), Check("Z", HealthStatus.Passing)],
        };

        var ids = ServiceInstance.Create(node, service, "dc1").Checks.Select(check => check.Id);

        Assert.Equal(["Z", "a-check", "serfHealth", "service:web-1"], ids);
    }

    [Fact]
    public void Tags_keep_the_order_consul_gave()
    {
        var instance = ServiceInstance.Create(Node1, Service("web-1", "web", 80, "zeta", "alpha", "zeta"), "dc1");

        Assert.Equal(["zeta", "alpha", "zeta"], instance.Tags.ToArray());
    }

    [Fact]
    public void The_instance_carries_node_meta_datacenter_and_weights()
    {
        var node = Node1 with { Meta = StringMap.Create([new("rack", "r1")]) };
        var service = Service("web-1", "web") with { Weights = new ServiceWeights(10, 1) };

        var instance = ServiceInstance.Create(node, service, "dc2");

        Assert.Equal("r1", instance.NodeMeta["rack"]);
        Assert.Equal("dc2", instance.Datacenter);
        Assert.Equal(new ServiceWeights(10, 1), instance.Weights);
    }
}
