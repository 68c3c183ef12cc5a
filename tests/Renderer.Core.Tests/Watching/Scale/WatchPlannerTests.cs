using Renderer.Core.Dependencies;
using Renderer.Core.Watching;
using Renderer.Core.Watching.Planning;

namespace Renderer.Core.Tests.Watching.Scale;

public sealed class WatchPlannerTests
{
    private static readonly WatcherOptions Budget16 = new();

    [Fact]
    public void Dependencies_that_fit_the_budget_minus_the_reserve_each_get_their_own_long_poll()
    {
        var keys = Services(12);

        var plan = WatchPlanner.Plan(keys, Budget16, WatchPlan.Empty);

        Assert.Equal((12, 12, false, null), (plan.Direct.Length, plan.LongPolls, plan.IsMultiplexed, plan.Warning));
    }

    [Fact]
    public void Past_the_limit_a_datacenters_catalog_dependencies_share_its_feeds_with_the_fast_health_feeds()
    {
        DependencyKey[] keys = [.. Services(5000), DependencyKey.ForServices(), DependencyKey.ForNodes(), DependencyKey.ForKey("a"), DependencyKey.ForDatacenters()];

        var plan = WatchPlanner.Plan(keys, Budget16, WatchPlan.Empty);

        var group = Assert.Single(plan.Catalog);
        Assert.Equal(new DatacenterName(null), group.Key);
        Assert.Equal(5002, group.Value.Keys.Length);
        Assert.True(group.Value.FastHealth);
        Assert.Equal([DependencyKey.ForKey("a"), DependencyKey.ForDatacenters()], plan.Direct.OrderBy(key => key.Kind));
        Assert.Equal(4 + 1, plan.LongPolls);
        Assert.Null(plan.Warning);
    }

    [Fact]
    public void A_small_budget_leaves_out_the_fast_health_feeds()
    {
        var plan = WatchPlanner.Plan(Services(100), new WatcherOptions { MaxConnections = 5, ReservedConnections = 2 }, WatchPlan.Empty);

        Assert.False(Assert.Single(plan.Catalog).Value.FastHealth);
        Assert.Equal(3, plan.LongPolls);
    }

    [Fact]
    public void Keys_past_the_limit_share_one_recursive_watch_per_datacenter()
    {
        DependencyKey[] keys = [.. Enumerable.Range(0, 30).Select(i => DependencyKey.ForKey($"app/k{i}")), DependencyKey.ForKey("app/k0", "dc2")];

        var plan = WatchPlanner.Plan(keys, Budget16, WatchPlan.Empty);

        Assert.Equal(30, plan.Kv[new DatacenterName(null)].Length);
        Assert.Equal<DependencyKey>([DependencyKey.ForKey("app/k0", "dc2")], plan.Direct);
        Assert.Equal(2, plan.LongPolls);
    }

    [Fact]
    public void Too_many_datacenters_for_the_budget_give_one_warning_naming_the_budget_and_the_way_out()
    {
        DependencyKey[] keys = [.. new[] { "dc1", "dc2", "dc3", "dc4", "dc5", "dc6" }.SelectMany(dc => Services(20, dc))];

        var plan = WatchPlanner.Plan(keys, Budget16, WatchPlan.Empty);

        Assert.Equal(6, plan.Catalog.Count);
        Assert.Equal(18, plan.LongPolls);
        Assert.Contains("need 18 long polls at once", plan.Warning);
        Assert.Contains("connection budget of 16 (-consul-max-connections, consul.max_connections)", plan.Warning);
        Assert.Contains("Raise the budget", plan.Warning);
    }

    [Fact]
    public void A_datacenter_on_its_feeds_stays_there_while_it_has_more_dependencies_than_feeds()
    {
        var multiplexed = WatchPlanner.Plan(Services(100), Budget16, WatchPlan.Empty);

        var shrunk = WatchPlanner.Plan(Services(10), Budget16, multiplexed);
        var tiny = WatchPlanner.Plan(Services(3), Budget16, shrunk);

        Assert.True(shrunk.IsMultiplexed);
        Assert.False(tiny.IsMultiplexed);
        Assert.Equal(3, tiny.Direct.Length);
    }

    [Fact]
    public void The_common_prefix_of_keys_is_a_string_prefix_and_empty_when_they_share_nothing()
    {
        Assert.Equal("app/c", Renderer.Core.Watching.Feeds.KvFeedGroup.CommonPrefix([DependencyKey.ForKey("app/config/a"), DependencyKey.ForKeyPrefix("app/cache/")]));
        Assert.Equal("", Renderer.Core.Watching.Feeds.KvFeedGroup.CommonPrefix([DependencyKey.ForKey("app/a"), DependencyKey.ForKey("web/b")]));
    }

    private static DependencyKey[] Services(int count, string? datacenter = null) =>
        [.. Enumerable.Range(0, count).Select(i => DependencyKey.ForService($"svc-{i}", datacenter: datacenter))];
}
