namespace Renderer.Consul.Blocking;

/// <summary>How a <see cref="BlockingQuery{T}"/> polls.</summary>
public sealed record BlockingQueryOptions
{
    public static BlockingQueryOptions Default { get; } = new();

    /// <summary>Base options of every read (datacenter, consistency, filter, …); its index and wait are managed.</summary>
    /// <value>Default <see cref="QueryOptions.Default"/>.</value>
    public QueryOptions Query { get; init; } = QueryOptions.Default;

    /// <summary>The <c>wait</c> sent with every blocking read; the client's time-out covers it plus wait/16.</summary>
    /// <value>Default 5 minutes (Consul's default).</value>
    public TimeSpan WaitTime { get; init; } = ConsulWait.Default;

    /// <summary>Reads allowed back to back before the rate limit applies (token bucket size).</summary>
    /// <value>Default 2.</value>
    public int RateLimitBurst { get; init; } = 2;

    /// <summary>
    /// One token per interval refills the bucket, so a query whose data churns falls back to one read per interval
    /// (spec §1.4 rule 6); <see cref="TimeSpan.Zero"/> disables the limit.
    /// </summary>
    /// <value>Default 15 s.</value>
    public TimeSpan RateLimitInterval { get; init; } = TimeSpan.FromSeconds(15);

    internal void Validate()
    {
        if (WaitTime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(WaitTime), WaitTime, "The wait time must be positive.");
        }

        if (RateLimitBurst < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(RateLimitBurst), RateLimitBurst, "The burst must be at least 1.");
        }

        if (RateLimitInterval < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RateLimitInterval), RateLimitInterval, "The interval must not be negative.");
        }
    }
}
