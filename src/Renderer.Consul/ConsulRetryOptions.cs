using System.Text;

namespace Renderer.Consul;

/// <summary>
/// How the client retries a request that failed for a transient reason: connection errors, time-outs, HTTP 429
/// and 5xx. 400 and 403 (and every other status) are never retried.
/// Delay before retry <c>n</c> (0-based) = <c>min(MaxDelay, BaseDelay × 2ⁿ) × (1 − JitterRatio × r)</c> with
/// <c>r</c> from <see cref="Randomizer"/> in [0, 1); a <c>Retry-After</c> header replaces it (capped at <see cref="MaxDelay"/>).
/// </summary>
public sealed record ConsulRetryOptions
{
    /// <value>Default 500 ms.</value>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Cap of every retry delay, including one asked for by <c>Retry-After</c>.</summary>
    /// <value>Default 30 s, so an agent that comes back is noticed within half a minute.</value>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt; <c>null</c> retries until the caller cancels; 0 never retries.</summary>
    /// <value>Default <c>null</c> (forever): a watcher keeps its last good data and waits for Consul to return.</value>
    public int? MaxRetries { get; init; }

    /// <summary>Share of the delay that jitter may remove, in [0, 1]; spreads the retries of many watches.</summary>
    /// <value>Default 0.5 (each delay lands in (50 %, 100 %] of the exponential value).</value>
    public double JitterRatio { get; init; } = 0.5;

    /// <summary>Source of jitter, values in [0, 1). Tests pass a fixed function.</summary>
    /// <value>Default <see cref="Random.Shared"/>.</value>
    public Func<double> Randomizer { get; init; } = Random.Shared.NextDouble;

    internal IEnumerable<string> Validate()
    {
        if (BaseDelay <= TimeSpan.Zero)
        {
            yield return $"Retry.BaseDelay must be positive (got {BaseDelay})";
        }

        if (MaxDelay < BaseDelay)
        {
            yield return $"Retry.MaxDelay ({MaxDelay}) must not be smaller than Retry.BaseDelay ({BaseDelay})";
        }

        if (MaxRetries < 0)
        {
            yield return $"Retry.MaxRetries must be null (forever) or >= 0 (got {MaxRetries})";
        }

        if (JitterRatio is < 0 or > 1 || double.IsNaN(JitterRatio))
        {
            yield return $"Retry.JitterRatio must be within [0, 1] (got {JitterRatio})";
        }
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("BaseDelay = ").Append(BaseDelay)
            .Append(", MaxDelay = ").Append(MaxDelay)
            .Append(", MaxRetries = ").Append(MaxRetries?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "forever")
            .Append(", JitterRatio = ").Append(JitterRatio.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }
}
