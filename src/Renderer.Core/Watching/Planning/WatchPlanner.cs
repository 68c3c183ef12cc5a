using System.Collections.Immutable;
using System.Globalization;
using Renderer.Core.Dependencies;

namespace Renderer.Core.Watching.Planning;

/// <summary>
/// Decides how to watch a set of dependencies within the connection budget. One long poll per dependency while
/// they fit <see cref="WatcherOptions.LongPollLimit"/> (the budget minus the connections kept for re-reads): that
/// is the cheapest and most precise way. Past it, the datacenter with the most catalog dependencies is moved to its
/// shared feeds (a constant 3 to 5 long polls, whatever the number of services), then the next, then keys go to one
/// recursive watch per datacenter, until the plan fits. Pure: the same keys, options and previous plan give the
/// same plan.
/// </summary>
internal static class WatchPlanner
{
    public static WatchPlan Plan(IReadOnlyCollection<DependencyKey> keys, WatcherOptions options, WatchPlan previous)
    {
        var blocking = keys.Where(key => key.Kind != DependencyKind.Datacenters).ToList();
        var catalog = GroupByDatacenter(blocking.Where(IsCatalog));
        var kv = GroupByDatacenter(blocking.Where(key => key.Kind is DependencyKind.Key or DependencyKind.KeyPrefix));
        var limit = options.LongPollLimit;

        // Hysteresis: a datacenter already on its feeds stays there while that is no dearer than direct polls, so a
        // template whose dependencies hover around the limit does not flip between the two every render.
        var multiplexedCatalog = catalog.Keys
            .Where(dc => previous.Catalog.ContainsKey(dc) && catalog[dc].Count > CatalogGroupPlan.MainFeeds)
            .ToHashSet();
        var multiplexedKv = kv.Keys.Where(dc => previous.Kv.ContainsKey(dc) && kv[dc].Count > 1).ToHashSet();
        var longPolls = Count(blocking.Count, catalog, kv, multiplexedCatalog, multiplexedKv);
        while (longPolls > limit && TryMultiplexOne(catalog, kv, multiplexedCatalog, multiplexedKv))
        {
            longPolls = Count(blocking.Count, catalog, kv, multiplexedCatalog, multiplexedKv);
        }

        var groups = ImmutableDictionary.CreateBuilder<DatacenterName, CatalogGroupPlan>();
        foreach (var dc in multiplexedCatalog.OrderBy(dc => dc.Name, StringComparer.Ordinal))
        {
            var fast = options.FastHealthFeeds && longPolls + CatalogGroupPlan.FastHealthFeeds <= limit;
            longPolls += fast ? CatalogGroupPlan.FastHealthFeeds : 0;
            groups[dc] = new CatalogGroupPlan([.. catalog[dc]], fast);
        }

        var direct = keys.Where(key => !(IsCatalog(key) && multiplexedCatalog.Contains(new DatacenterName(key.Datacenter)))
            && !(IsKv(key) && multiplexedKv.Contains(new DatacenterName(key.Datacenter))));
        var plan = new WatchPlan(
            [.. direct],
            groups.ToImmutable(),
            multiplexedKv.ToImmutableDictionary(dc => dc, dc => kv[dc].ToImmutableArray()),
            longPolls,
            null);
        return plan with { Warning = Warn(plan, options) };
    }

    private static bool IsCatalog(DependencyKey key) => key.Kind is DependencyKind.Service or DependencyKind.Services or DependencyKind.Nodes;

    private static bool IsKv(DependencyKey key) => key.Kind is DependencyKind.Key or DependencyKind.KeyPrefix;

    private static Dictionary<DatacenterName, List<DependencyKey>> GroupByDatacenter(IEnumerable<DependencyKey> keys) =>
        keys.GroupBy(key => new DatacenterName(key.Datacenter)).ToDictionary(group => group.Key, group => group.ToList());

    /// <summary>Long polls of the main feeds and direct keys (fast health feeds are added only where they fit).</summary>
    private static int Count(
        int blocking,
        Dictionary<DatacenterName, List<DependencyKey>> catalog,
        Dictionary<DatacenterName, List<DependencyKey>> kv,
        HashSet<DatacenterName> multiplexedCatalog,
        HashSet<DatacenterName> multiplexedKv) =>
        blocking
        - multiplexedCatalog.Sum(dc => catalog[dc].Count - CatalogGroupPlan.MainFeeds)
        - multiplexedKv.Sum(dc => kv[dc].Count - 1);

    /// <summary>Moves the group whose move saves the most long polls to its feed; false when no move saves any.</summary>
    private static bool TryMultiplexOne(
        Dictionary<DatacenterName, List<DependencyKey>> catalog,
        Dictionary<DatacenterName, List<DependencyKey>> kv,
        HashSet<DatacenterName> multiplexedCatalog,
        HashSet<DatacenterName> multiplexedKv)
    {
        var bestCatalog = catalog.Where(pair => !multiplexedCatalog.Contains(pair.Key))
            .Select(pair => (pair.Key, Saving: pair.Value.Count - CatalogGroupPlan.MainFeeds))
            .OrderByDescending(pair => pair.Saving).ThenBy(pair => pair.Key.Name, StringComparer.Ordinal).FirstOrDefault();
        var bestKv = kv.Where(pair => !multiplexedKv.Contains(pair.Key))
            .Select(pair => (pair.Key, Saving: pair.Value.Count - 1))
            .OrderByDescending(pair => pair.Saving).ThenBy(pair => pair.Key.Name, StringComparer.Ordinal).FirstOrDefault();
        if (bestCatalog.Saving <= 0 && bestKv.Saving <= 0)
        {
            return false;
        }

        if (bestCatalog.Saving >= bestKv.Saving)
        {
            multiplexedCatalog.Add(bestCatalog.Key);
        }
        else
        {
            multiplexedKv.Add(bestKv.Key);
        }

        return true;
    }

    /// <summary>
    /// Long polls beyond the budget wait for a free connection, so their changes can arrive up to a blocking wait
    /// late; a shared feed also needs one connection left for its re-reads.
    /// </summary>
    private static string? Warn(WatchPlan plan, WatcherOptions options)
    {
        var available = options.MaxConnections - (plan.IsMultiplexed ? 1 : 0);
        if (plan.LongPolls <= available)
        {
            return null;
        }

        var budget = options.MaxConnections.ToString(CultureInfo.InvariantCulture);
        var needed = plan.LongPolls.ToString(CultureInfo.InvariantCulture);
        var datacenters = plan.Catalog.Count + plan.Kv.Count;
        return $"The templates' dependencies need {needed} long polls at once" +
            (plan.IsMultiplexed ? $" even with shared change feeds ({datacenters.ToString(CultureInfo.InvariantCulture)} feed groups, one per datacenter and kind) plus one connection for re-reads" : "") +
            $", more than the connection budget of {budget} (-consul-max-connections, consul.max_connections): " +
            $"some watches will wait for a free connection and their changes can arrive up to the blocking wait " +
            $"({options.BlockingWait.TotalMinutes.ToString(CultureInfo.InvariantCulture)} min) late. " +
            "Raise the budget (Consul allows 200 per client IP) or read fewer datacenters.";
    }
}
