namespace Renderer.Consul.Tests.Simulated;

/// <summary>
/// The documented retry schedule (<see cref="ConsulRetryOptions"/>): delay n = min(MaxDelay, BaseDelay × 2ⁿ) × (1 −
/// JitterRatio × r), r in [0, 1). Worked out here from the documentation, independently of the client's code.
/// </summary>
internal static class BackoffSchedule
{
    /// <summary>
    /// The most retries that can start within <paramref name="window"/> after a first failure: every delay at its
    /// shortest (r → 1).
    /// </summary>
    public static int MaxRetriesWithin(TimeSpan window, ConsulRetryOptions options)
    {
        var elapsed = TimeSpan.Zero;
        for (var retries = 0; ; retries++)
        {
            var exponential = options.BaseDelay * Math.Pow(2, Math.Min(retries, 40));
            elapsed += (exponential < options.MaxDelay ? exponential : options.MaxDelay) * (1 - options.JitterRatio);
            if (elapsed >= window)
            {
                return retries;
            }
        }
    }
}
