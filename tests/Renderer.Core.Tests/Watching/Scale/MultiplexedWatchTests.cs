using Renderer.ConsulSimulator.State;
using Renderer.Core.Catalog;
using Renderer.Core.Dependencies;
using Renderer.Core.Dependencies.Data;

namespace Renderer.Core.Tests.Watching.Scale;

/// <summary>
/// Issue 5: watching every service of a large catalog through the shared change feeds. Each test changes its own
/// services (numbers below 100 are free for them) and waits for the change to reach that service's data.
/// </summary>
[Collection(LargeCatalogCollection.Name)]
public sealed class MultiplexedWatchTests(LargeCatalogFixture fixture)
{
    private WatchFixture Watch => fixture.Watch;

    private ScaleCatalog Catalog => fixture.Catalog;

    private Datacenter Consul => fixture.Watch.Datacenter;

    [Fact]
    public void Watching_every_service_of_a_large_catalog_holds_no_more_connections_than_the_budget()
    {
        Assert.True(Catalog.Services >= 2000 || Environment.GetEnvironmentVariable("RENDERER_SCALE_SERVICES") is not null);
        Assert.True(Watch.Watcher.IsMultiplexed);
        Assert.InRange(fixture.PeakAfterLoad, 1, LargeCatalogFixture.Options.MaxConnections);
        Assert.InRange(Watch.Watcher.PeakRequestsInFlight, 1, LargeCatalogFixture.Options.MaxConnections);
        Assert.Equal(0, Watch.Simulator.Counters.RejectedConnections);
    }

    [Fact]
    public void Every_service_has_its_instances_after_the_first_load()
    {
        // Services below 100 belong to the tests that change them.
        var counts = Enumerable.Range(100, Catalog.Services - 100)
            .Select(service => ((ServiceData)Watch.Watcher.Get(LargeCatalogFixture.Service(service))!).Instances.Length)
            .Distinct();

        Assert.Equal([Catalog.InstancesPerService], counts);
        Assert.Equal(Catalog.Services, ((ServicesData)Watch.Watcher.Get(DependencyKey.ForServices())!).Services.Count(s => s.Name.StartsWith("svc-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_registered_instance_reaches_its_service()
    {
        Catalog.Register(Consul, 1, 7, 31007);

        var data = await Watch.WaitForAsync<ServiceData>(LargeCatalogFixture.Service(1), d => d.Instances.Length == Catalog.InstancesPerService + 1);

        Assert.Contains(data.Instances, instance => instance.Id == ScaleCatalog.InstanceId(1, 7) && instance.Port == 31007);
    }

    [Fact]
    public async Task A_deregistered_instance_leaves_its_service()
    {
        Catalog.Deregister(Consul, 2, 0);

        var data = await Watch.WaitForAsync<ServiceData>(LargeCatalogFixture.Service(2), d => d.Instances.Length == Catalog.InstancesPerService - 1);

        Assert.DoesNotContain(data.Instances, instance => instance.Id == ScaleCatalog.InstanceId(2, 0));
    }

    [Fact]
    public async Task A_health_flip_takes_the_instance_out_of_the_passing_list_and_back()
    {
        Catalog.SetHealth(Consul, 3, 1, CheckStatus.Critical);
        await Watch.WaitForAsync<ServiceData>(LargeCatalogFixture.Service(3), d => d.Instances.All(i => i.Id != ScaleCatalog.InstanceId(3, 1)));

        Catalog.SetHealth(Consul, 3, 1, CheckStatus.Passing);
        var data = await Watch.WaitForAsync<ServiceData>(LargeCatalogFixture.Service(3), d => d.Instances.Length == Catalog.InstancesPerService);

        Assert.All(data.Instances, instance => Assert.Equal(HealthStatus.Passing, instance.Status));
    }

    [Fact]
    public async Task A_check_turning_critical_is_explained_by_the_small_critical_list_without_reading_every_check()
    {
        const string AllChecks = "/v1/health/state/any";
        // The fixture is shared: let the follow-up reads of an earlier test's changes land before taking the baseline.
        await Task.Delay(CatalogFeedGroupWindows.Checks * 2);
        var reads = Watch.Simulator.Counters.RequestsByPath.GetValueOrDefault(AllChecks);

        Catalog.SetHealth(Consul, 7, 0, CheckStatus.Critical);
        await Watch.WaitForAsync<ServiceData>(LargeCatalogFixture.Service(7), d => d.Instances.All(i => i.Id != ScaleCatalog.InstanceId(7, 0)));
        await Task.Delay(CatalogFeedGroupWindows.Checks * 2);

        Assert.Equal(reads, Watch.Simulator.Counters.RequestsByPath.GetValueOrDefault(AllChecks));
    }

    [Fact]
    public async Task A_port_change_that_no_feed_can_attribute_is_found_by_a_sweep()
    {
        var sweeps = Watch.Watcher.Sweeps;

        Catalog.Register(Consul, 4, 0, 40404);

        await Watch.WaitForAsync<ServiceData>(LargeCatalogFixture.Service(4), d => d.Instances.Any(i => i.Port == 40404));
        Assert.True(Watch.Watcher.Sweeps > sweeps);
    }

    [Fact]
    public async Task A_node_address_change_reaches_every_service_on_the_node()
    {
        var node = Catalog.NodeOf(5, 0);
        var onNode = Enumerable.Range(0, Catalog.Services)
            .Where(service => Enumerable.Range(0, Catalog.InstancesPerService).Any(instance => Catalog.NodeOf(service, instance) == node))
            .ToList();

        Consul.Register(new CatalogRegistration(ScaleCatalog.NodeName(node), "10.9.9.9"));

        foreach (var service in onNode)
        {
            await Watch.WaitForAsync<ServiceData>(LargeCatalogFixture.Service(service), d => d.Instances.Any(i => i.NodeAddress == "10.9.9.9"));
        }

        await Watch.WaitForAsync<NodesData>(DependencyKey.ForNodes(), d => d.Nodes.Any(n => n.Address == "10.9.9.9"));
    }

    [Fact]
    public async Task A_new_service_reaches_the_service_list()
    {
        Consul.Register(new CatalogRegistration(ScaleCatalog.NodeName(0), ScaleCatalog.NodeAddress(0))
        {
            SkipNodeUpdate = true,
            Service = new ServiceRegistration("brand-new") { Port = 9000, Tags = ["fresh"] },
        });

        var data = await Watch.WaitForAsync<ServicesData>(DependencyKey.ForServices(), d => d.Services.Any(s => s.Name == "brand-new"));

        Assert.Equal<string>(["fresh"], data.Services.Single(s => s.Name == "brand-new").Tags);
    }

    [Fact]
    public async Task A_check_less_instance_registered_is_found_by_a_sweep()
    {
        Catalog.Register(Consul, 6, 5, 36005, withCheck: false);

        await Watch.WaitForAsync<ServiceData>(LargeCatalogFixture.Service(6), d => d.Instances.Any(i => i.Id == ScaleCatalog.InstanceId(6, 5)));
    }
}
