using Renderer.ConsulSimulator.Faults;
using Renderer.ConsulSimulator.State;
using Renderer.Core.Dependencies.Data;

namespace Renderer.Core.Tests.Watching.Scale;

/// <summary>
/// Changes that race with the feeds and the re-reads (docs/architecture.md, "Why no change is lost"): each must
/// end up in its service's data. Services 20–99 of the shared large catalog belong to these tests.
/// </summary>
[Collection(LargeCatalogCollection.Name)]
public sealed class RacingChangesTests(LargeCatalogFixture fixture)
{
    private WatchFixture Watch => fixture.Watch;

    private ScaleCatalog Catalog => fixture.Catalog;

    private Datacenter Consul => fixture.Watch.Datacenter;

    [Fact]
    public async Task A_change_made_while_its_service_is_being_read_again_is_read_once_more()
    {
        const int Service = 20;
        var path = "/v1/health/service/" + ScaleCatalog.ServiceName(Service);
        // The next read of the service is evaluated at once but its body trickles out for a few seconds: a change
        // made meanwhile is not in that answer.
        using var slow = Watch.Simulator.Faults.Add(new FaultRule(Fault.Trickle(16, TimeSpan.FromMilliseconds(15))) { PathPrefix = path, Times = 1 });
        var before = Watch.Simulator.Counters.RequestsByPath.GetValueOrDefault(path);

        Catalog.SetHealth(Consul, Service, 0, CheckStatus.Critical);
        await WaitUntilAsync(() => Watch.Simulator.Counters.RequestsByPath.GetValueOrDefault(path) > before);
        await Task.Delay(50);
        Catalog.SetHealth(Consul, Service, 0, CheckStatus.Passing);

        var data = await Watch.WaitForAsync<ServiceData>(LargeCatalogFixture.Service(Service), d => d.Instances.Length == Catalog.InstancesPerService);
        Assert.Contains(data.Instances, instance => instance.Id == ScaleCatalog.InstanceId(Service, 0));
    }

    [Fact]
    public async Task A_burst_of_changes_across_many_services_all_arrive()
    {
        // Back to back, so the feeds see several changes per answer: registrations with checks, deregistrations,
        // health flips, and port changes no feed can attribute.
        for (var service = 30; service < 70; service++)
        {
            switch (service % 4)
            {
                case 0:
                    Catalog.Register(Consul, service, 9, 39000 + service);
                    break;
                case 1:
                    Catalog.Deregister(Consul, service, 1);
                    break;
                case 2:
                    Catalog.SetHealth(Consul, service, 0, CheckStatus.Critical);
                    break;
                default:
                    Catalog.Register(Consul, service, 0, 38000 + service);
                    break;
            }
        }

        for (var service = 30; service < 70; service++)
        {
            var id0 = ScaleCatalog.InstanceId(service, 0);
            Func<ServiceData, bool> arrived = (service % 4) switch
            {
                0 => d => d.Instances.Any(i => i.Port == 39000 + service),
                1 => d => d.Instances.All(i => i.Id != ScaleCatalog.InstanceId(service, 1)),
                2 => d => d.Instances.All(i => i.Id != id0),
                _ => d => d.Instances.Any(i => i.Id == id0 && i.Port == 38000 + service),
            };
            await Watch.WaitForAsync(LargeCatalogFixture.Service(service), arrived);
        }
    }

    [Fact]
    public async Task A_port_change_coalesced_with_a_registration_in_one_answer_is_still_found()
    {
        // The port change alone would be unexplained; the registration right after it explains the services
        // table's last index. The burst rule (and the periodic reconcile behind it) must still find the port.
        Catalog.Register(Consul, 80, 0, 48080);
        Catalog.Register(Consul, 81, 8, 48181);

        await Watch.WaitForAsync<ServiceData>(LargeCatalogFixture.Service(81), d => d.Instances.Any(i => i.Port == 48181));
        await Watch.WaitForAsync<ServiceData>(LargeCatalogFixture.Service(80), d => d.Instances.Any(i => i.Port == 48080));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }
}
