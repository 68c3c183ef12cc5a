namespace Renderer.LoadTests;

/// <summary>Nearest-rank percentiles of durations.</summary>
internal static class Percentiles
{
    public static TimeSpan Of(IReadOnlyCollection<TimeSpan> values, double percentile)
    {
        if (values.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
