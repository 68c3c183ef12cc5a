using Renderer.Consul;

namespace Renderer.Core.Watching;

/// <summary>How the watcher asks Consul, and how many connections it may hold (docs/architecture.md, "Watching").</summary>
public sealed record WatcherOptions
{
    /// <summary>Consul's default limit of concurrent connections per client IP (<c>limits.http_max_conns_per_client</c>).</summary>
    public const int ConsulConnectionLimit = 200;

    /// <summary>The <c>wait</c> of each blocking query.</summary>
    /// <value>5 minutes (Consul's default).</value>
    public TimeSpan BlockingWait { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Consistency of the long polls. Re-reads made because a change feed moved always use the default mode
    /// instead: a stale follower could answer from before the change the feed reported.
    /// </summary>
    /// <value><see cref="ConsistencyMode.Stale"/> (any server answers), bounded by <see cref="MaxStale"/>.</value>
    public ConsistencyMode Consistency { get; init; } = ConsistencyMode.Stale;

    /// <summary>
    /// <c>max_stale</c> of stale long polls: an answer from a server that has not heard from the leader for longer
    /// is asked again of the leader by the agent. Null sends none.
    /// </summary>
    /// <value>2 seconds (consul-template's default).</value>
    public TimeSpan? MaxStale { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Send <c>?cached</c> on the long polls of the endpoints the agent caches with background refresh
    /// (<c>/v1/catalog/services</c>, <c>/v1/health/service</c>), and on the datacenter list: the agent answers from
    /// its cache and keeps one watch per query towards the servers. Never on re-reads, which must be current.
    /// </summary>
    /// <value>true.</value>
    public bool UseAgentCache { get; init; } = true;

    /// <summary>How often the datacenter list (which has no blocking index) is read again.</summary>
    /// <value>5 minutes: no request more often than a blocking wait.</value>
    public TimeSpan DatacentersPollInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Blocking queries of one dependency that may start back to back before churn turns into polling.</summary>
    /// <value>10.</value>
    public int RateLimitBurst { get; init; } = 10;

    /// <summary>One more query of a dependency is allowed per interval once the burst is spent.</summary>
    /// <value>250 milliseconds.</value>
    public TimeSpan RateLimitInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Pause before asking again after Consul refused a query (ACL, bad request): the user has to act first.</summary>
    /// <value>30 seconds.</value>
    public TimeSpan RefusedRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Most requests in flight to Consul at once, long polls included; the client's connection pool has the same
    /// size, so no request ever queues behind a long poll inside the HTTP stack.
    /// </summary>
    /// <value>16. Consul refuses more than 200 per client IP.</value>
    public int MaxConnections { get; init; } = 16;

    /// <summary>
    /// Connections long polls never take, kept for the reads a change triggers. When the dependencies need more
    /// long polls than <see cref="MaxConnections"/> minus this, services, nodes and keys are watched through
    /// shared change feeds instead of one long poll each.
    /// </summary>
    /// <value>4.</value>
    public int ReservedConnections { get; init; } = 4;

    /// <summary>
    /// Watch the checks table through <c>/v1/health/state/critical</c> and <c>/warning</c> (two small answers, one
    /// long poll more per datacenter) and read every check only when they do not explain a change, so a health flip
    /// costs a few hundred bytes instead of the whole check list. Used when the budget allows it.
    /// </summary>
    /// <value>true.</value>
    public bool FastHealthFeeds { get; init; } = true;

    /// <summary>
    /// How often every multiplexed service is checked against Consul even without an unexplained change: the net
    /// under the rare writes no feed can attribute (docs/architecture.md). <see cref="TimeSpan.Zero"/> disables it.
    /// </summary>
    /// <value>5 minutes.</value>
    public TimeSpan ReconcileInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The most long polls the watcher plans for (the rest of the budget is for re-reads).</summary>
    internal int LongPollLimit => Math.Max(1, MaxConnections - Math.Clamp(ReservedConnections, 0, MaxConnections - 1));

    /// <summary>Every problem with these options, for the configuration layer to report at once.</summary>
    public IEnumerable<string> Validate()
    {
        if (MaxConnections < 1)
        {
            yield return $"MaxConnections must be at least 1 (got {MaxConnections})";
        }

        if (ReservedConnections < 0)
        {
            yield return $"ReservedConnections must not be negative (got {ReservedConnections})";
        }

        if (BlockingWait <= TimeSpan.Zero || DatacentersPollInterval <= TimeSpan.Zero || RefusedRetryDelay < TimeSpan.Zero)
        {
            yield return "BlockingWait and DatacentersPollInterval must be positive, RefusedRetryDelay not negative";
        }

        if (ReconcileInterval < TimeSpan.Zero)
        {
            yield return "ReconcileInterval must not be negative";
        }
    }
}
