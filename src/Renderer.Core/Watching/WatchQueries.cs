using Renderer.Consul;

namespace Renderer.Core.Watching;

/// <summary>The query options of the watcher's two kinds of reads.</summary>
internal static class WatchQueries
{
    /// <summary>
    /// A long poll: stale reads bounded by max_stale (any server answers, spreading the load off the leader), and the
    /// agent's cache where the endpoint has background-refresh caching. A long poll can afford both: whatever it
    /// misses in one answer moves its index again, so the next answer brings it.
    /// </summary>
    public static QueryOptions LongPoll(WatcherOptions options, string? datacenter, bool cacheable) => new()
    {
        Datacenter = datacenter,
        Consistency = options.Consistency,
        MaxStale = options.Consistency == ConsistencyMode.Stale ? options.MaxStale : null,
        UseCache = cacheable && options.UseAgentCache && options.Consistency != ConsistencyMode.Consistent,
    };

    /// <summary>
    /// A re-read after a feed moved: never stale, never cached. The feed's index has already moved past the change,
    /// so an answer from before the change (a follower that lags, an agent cache not refreshed yet) would lose it.
    /// </summary>
    public static QueryOptions Current(string? datacenter) => new()
    {
        Datacenter = datacenter,
        Consistency = ConsistencyMode.Default,
    };
}
