using Renderer.Consul;

namespace Renderer.Core.Watching;

/// <summary>How the watcher asks Consul.</summary>
public sealed record WatcherOptions
{
    /// <summary>The <c>wait</c> of each blocking query.</summary>
    /// <value>5 minutes (Consul's default).</value>
    public TimeSpan BlockingWait { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Consistency of reads. Default: Consul's default mode.</summary>
    public ConsistencyMode Consistency { get; init; } = ConsistencyMode.Default;

    /// <summary>How often the datacenter list (which has no blocking index) is read again.</summary>
    /// <value>1 minute.</value>
    public TimeSpan DatacentersPollInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Blocking queries of one dependency that may start back to back before churn turns into polling.</summary>
    /// <value>10.</value>
    public int RateLimitBurst { get; init; } = 10;

    /// <summary>One more query of a dependency is allowed per interval once the burst is spent.</summary>
    /// <value>250 milliseconds.</value>
    public TimeSpan RateLimitInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Pause before asking again after Consul refused a query (ACL, bad request): the user has to act first.</summary>
    /// <value>30 seconds.</value>
    public TimeSpan RefusedRetryDelay { get; init; } = TimeSpan.FromSeconds(30);
}
