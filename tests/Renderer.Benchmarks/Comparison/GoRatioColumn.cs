using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Renderer.Benchmarks.Comparison;

/// <summary>
/// "Go / this": how many times faster than Go's text/template a render benchmark is (Go's mean over ours; the
/// issue's target is ≥ 2). Shown for the two full renders only; parsing and indexing have no Go counterpart.
/// </summary>
public sealed class GoRatioColumn(GoResult go) : IColumn
{
    public static readonly IReadOnlySet<string> RenderBenchmarks =
        new HashSet<string>(StringComparer.Ordinal) { nameof(NginxRenderBenchmarks.EngineRender), nameof(NginxRenderBenchmarks.ProductRender) };

    public string Id => nameof(GoRatioColumn);

    public string ColumnName => "Go/this";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"Go text/template's mean ({go.NanosecondsPerOperation / 1e6:F3} ms, GOMAXPROCS={go.MaxProcs}) divided by this mean; ≥ 2 meets the target";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        Ratio(summary, benchmarkCase) is { } ratio ? ratio.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) : "-";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    /// <summary>Go's mean over this benchmark's mean, or null for a benchmark without a Go counterpart or without results.</summary>
    public double? Ratio(Summary summary, BenchmarkCase benchmarkCase)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return RenderBenchmarks.Contains(benchmarkCase.Descriptor.WorkloadMethod.Name) && mean is > 0
            ? go.NanosecondsPerOperation / mean.Value
            : null;
    }
}
