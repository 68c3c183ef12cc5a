using Renderer.ConsulSimulator.State;
using Renderer.Core.Dependencies;
using Renderer.Core.Dependencies.Data;
using Renderer.Core.Watching;

namespace Renderer.Core.Tests.Watching.Scale;

/// <summary>Which way the watcher watches, as the number of dependencies crosses the budget, against small catalogs.</summary>
public sealed class WatchPlanSwitchTests
{
    // Budget 8 with 4 kept for re-reads: up to 4 dependencies get their own long poll.
    private static readonly WatcherOptions SmallBudget = new() { MaxConnections = 8, ReservedConnections = 4 };

    private static readonly ScaleCatalog Catalog = new(40, 2, 4);

    [Fact]
    public async Task Under_the_budget_each_dependency_keeps_its_own_long_poll_as_before()
    {
        await using var watch = await WatchFixture.StartAsync(SmallBudget, Catalog.Seed);
        DependencyKey[] keys = [Service(0), Service(1), DependencyKey.ForServices()];

        await watch.Watcher.TrackAsync(keys);
        await watch.WaitForAllAsync(keys);
        Catalog.SetHealth(watch.Datacenter, 1, 0, CheckStatus.Critical);
        await watch.WaitForAsync<ServiceData>(Service(1), d => d.Instances.Length == 1);

        Assert.False(watch.Watcher.IsMultiplexed);
        Assert.Equal(3, watch.Watcher.LongPolls);
        var paths = watch.Simulator.Counters.RequestsByPath;
        Assert.True(paths.GetValueOrDefault("/v1/health/service/" + ScaleCatalog.ServiceName(1)) >= 2);
        Assert.Equal(0, watch.Simulator.Counters.RequestsUnder("/v1/health/state/"));
    }

    [Fact]
    public async Task Past_the_budget_services_move_to_the_feeds_and_keep_answering_meanwhile()
    {
        await using var watch = await WatchFixture.StartAsync(SmallBudget, Catalog.Seed);
        DependencyKey[] few = [Service(0), Service(1)];
        await watch.Watcher.TrackAsync(few);
        await watch.WaitForAllAsync(few);

        DependencyKey[] many = [.. Enumerable.Range(0, Catalog.Services).Select(Service)];
        await watch.Watcher.TrackAsync(many);

        Assert.True(watch.Watcher.IsMultiplexed);
        Assert.NotNull(watch.Watcher.Get(Service(0)));
        await watch.WaitForAllAsync(many);
        Catalog.Register(watch.Datacenter, 0, 4, 30004);
        await watch.WaitForAsync<ServiceData>(Service(0), d => d.Instances.Any(i => i.Port == 30004));
        Assert.InRange(watch.Simulator.PeakOpenConnections, 1, SmallBudget.MaxConnections);
    }

    [Fact]
    public async Task Back_under_the_budget_services_get_their_own_long_polls_again()
    {
        await using var watch = await WatchFixture.StartAsync(SmallBudget, Catalog.Seed);
        await watch.Watcher.TrackAsync([.. Enumerable.Range(0, Catalog.Services).Select(Service)]);

        await watch.Watcher.TrackAsync([Service(2)]);
        Catalog.SetHealth(watch.Datacenter, 2, 1, CheckStatus.Critical);

        Assert.False(watch.Watcher.IsMultiplexed);
        await watch.WaitForAsync<ServiceData>(Service(2), d => d.Instances.Length == 1);
        Assert.Null(watch.Watcher.Get(Service(3)));
    }

    [Fact]
    public async Task Past_the_budget_keys_share_one_recursive_watch_of_their_common_prefix()
    {
        await using var watch = await WatchFixture.StartAsync(SmallBudget, dc =>
        {
            for (var i = 0; i < 10; i++)
            {
                dc.PutKey($"app/config/k{i}", $"v{i}");
            }

            dc.PutKey("other/x", "elsewhere");
        });
        DependencyKey[] keys = [.. Enumerable.Range(0, 10).Select(i => DependencyKey.ForKey($"app/config/k{i}")), DependencyKey.ForKey("app/config/missing"), DependencyKey.ForKeyPrefix("app/config/")];

        await watch.Watcher.TrackAsync(keys);
        await watch.WaitForAllAsync(keys);
        watch.Datacenter.PutKey("app/config/k3", "changed");
        watch.Datacenter.PutKey("app/config/missing", "here now");

        Assert.Equal(1, watch.Watcher.LongPolls);
        await watch.WaitForAsync<KeyData>(DependencyKey.ForKey("app/config/k3"), d => d.Value == "changed");
        await watch.WaitForAsync<KeyData>(DependencyKey.ForKey("app/config/missing"), d => d.Value == "here now");
        var tree = await watch.WaitForAsync<KeyPrefixData>(DependencyKey.ForKeyPrefix("app/config/"), d => d.Entries.Length == 11);
        Assert.Contains(tree.Entries, entry => entry.Key == "k3" && entry.Value == "changed");
        Assert.Equal(0, watch.Simulator.Counters.RequestsByPath.GetValueOrDefault("/v1/kv/other/x"));
    }

    [Fact]
    public async Task After_a_snapshot_restore_sends_indexes_backwards_every_service_is_checked_and_changes_still_arrive()
    {
        // A long poll whose index is ahead of the server's blocks for its whole wait before the lower index shows.
        await using var watch = await WatchFixture.StartAsync(SmallBudget with { BlockingWait = TimeSpan.FromSeconds(1) }, Catalog.Seed);
        DependencyKey[] keys = [.. Enumerable.Range(0, Catalog.Services).Select(Service)];
        await watch.Watcher.TrackAsync(keys);
        await watch.WaitForAllAsync(keys);
        var sweeps = watch.Watcher.Sweeps;

        watch.Datacenter.ResetIndex(watch.Datacenter.RaftIndex / 2);
        await WaitUntilAsync(() => watch.Watcher.Sweeps > sweeps);
        Catalog.SetHealth(watch.Datacenter, 5, 0, CheckStatus.Critical);

        await watch.WaitForAsync<ServiceData>(Service(5), d => d.Instances.Length == 1);
    }

    private static DependencyKey Service(int service) => DependencyKey.ForService(ScaleCatalog.ServiceName(service));

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }
}
