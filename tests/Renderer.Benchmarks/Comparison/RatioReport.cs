using System.Globalization;
using BenchmarkDotNet.Reports;

namespace Renderer.Benchmarks.Comparison;

/// <summary>The closing lines of a run with a Go result: each render's ratio and whether it meets the target.</summary>
public static class RatioReport
{
    /// <summary>The issue's target: at least twice as fast as Go's text/template.</summary>
    public const double Target = 2.0;

    public static IEnumerable<string> Lines(IEnumerable<Summary> summaries, GoResult go)
    {
        var column = new GoRatioColumn(go);
        yield return go.Describe();
        foreach (var summary in summaries)
        {
            foreach (var benchmarkCase in summary.BenchmarksCases)
            {
                if (column.Ratio(summary, benchmarkCase) is not { } ratio)
                {
                    continue;
                }

                var mean = summary[benchmarkCase]!.ResultStatistics!.Mean / 1e6;
                yield return string.Create(CultureInfo.InvariantCulture,
                    $"RATIO {benchmarkCase.Descriptor.WorkloadMethod.Name}: {mean:F3} ms/op, Go/this = {ratio:F2} "
                    + $"({(ratio >= Target ? "meets" : "misses")} the ≥ {Target:F0}× target; ≤ {go.NanosecondsPerOperation / 1e6 / Target:F3} ms needed)");
            }
        }
    }
}
