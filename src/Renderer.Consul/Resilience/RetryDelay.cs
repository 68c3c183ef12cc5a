namespace Renderer.Consul.Resilience;

/// <summary>Pure delay arithmetic for retries (see <see cref="ConsulRetryOptions"/> for the formula).</summary>
internal static class RetryDelay
{
    // 2^40 × any sane base delay is far beyond any cap; stops the doubling from overflowing.
    private const int MaxExponent = 40;

    /// <param name="attempt">0 for the first retry.</param>
    /// <param name="retryAfter">The server's <c>Retry-After</c>, which wins over the backoff (still capped).</param>
    public static TimeSpan Next(int attempt, TimeSpan? retryAfter, ConsulRetryOptions options)
    {
        if (retryAfter is { } requested)
        {
            return requested < TimeSpan.Zero ? TimeSpan.Zero
                : requested > options.MaxDelay ? options.MaxDelay
                : requested;
        }

        var exponential = options.BaseDelay.Ticks * Math.Pow(2, Math.Clamp(attempt, 0, MaxExponent));
        var capped = Math.Min(exponential, options.MaxDelay.Ticks);
        var random = Math.Clamp(options.Randomizer(), 0, 1);
        return TimeSpan.FromTicks((long)(capped * (1 - (options.JitterRatio * random))));
    }
}
