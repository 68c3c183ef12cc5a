using System.Globalization;
using System.Text;

namespace Renderer.LoadTests;

/// <summary>The scenario's figures, printed as the table docs/benchmarks.md quotes.</summary>
internal sealed record LoadReport
{
    private static readonly ChangeKind[] Mix = [ChangeKind.Register, ChangeKind.Deregister, ChangeKind.HealthCritical, ChangeKind.HealthPassing];

    public required LoadArguments Arguments { get; init; }

    public required TimeSpan FirstRender { get; init; }

    public required IReadOnlyList<ChangeResult> Changes { get; init; }

    public required long ChangeRequests { get; init; }

    public required long PeakConnections { get; init; }

    public required long RejectedConnections { get; init; }

    public required TimeSpan IdleCpu { get; init; }

    public required long IdleRequests { get; init; }

    public required long RssKilobytes { get; init; }

    public required long PeakRssKilobytes { get; init; }

    public required IReadOnlyList<TimeSpan> Startup { get; init; }

    public required string Work { get; init; }

    public override string ToString()
    {
        var text = new StringBuilder();
        var a = Arguments;
        Line(text, $"catalog: {a.Services} services x {a.Instances} instances on {a.Nodes} nodes; budget {a.Budget} connections; {Changes.Count} changes, {a.SpacingMilliseconds} ms apart");
        Line(text, $"first complete render: {FirstRender.TotalSeconds:0.0} s after start");
        Line(text, $"open connections, peak: {PeakConnections} (refused by the 200-per-IP limit: {RejectedConnections})");
        Line(text, "");
        Line(text, "| change | count | p50 | p90 | p99 | max | requests per change (mean) | of which sweep node reads |");
        Line(text, "|---|---:|---:|---:|---:|---:|---:|---:|");
        Row(text, "register + deregister + health flips (the issue's mix)", [.. Changes.Where(change => Mix.Contains(change.Kind))]);
        foreach (var kind in Enum.GetValues<ChangeKind>())
        {
            Row(text, kind.ToString(), [.. Changes.Where(change => change.Kind == kind)]);
        }

        Line(text, "");
        Line(text, $"idle ({a.IdleSeconds} s, nothing changing): CPU {IdleCpu.TotalMilliseconds / 10:0.00} % of a core, {IdleRequests} requests");
        Line(text, $"RSS: {RssKilobytes / 1024.0:0.0} MB now, {PeakRssKilobytes / 1024.0:0.0} MB peak");
        if (Startup.Count > 0)
        {
            var sorted = Startup.Order().ToList();
            Line(text, $"offline render of the catalog (process start to exit, {Startup.Count} runs): min {sorted[0].TotalMilliseconds:0} ms, median {sorted[sorted.Count / 2].TotalMilliseconds:0} ms, max {sorted[^1].TotalMilliseconds:0} ms");
        }

        Line(text, $"work directory: {Work}");
        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, IReadOnlyList<ChangeResult> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        var latencies = changes.Select(change => change.Latency).ToList();
        Line(text, $"| {name} | {changes.Count} | {Ms(Percentiles.Of(latencies, 50))} | {Ms(Percentiles.Of(latencies, 90))} | {Ms(Percentiles.Of(latencies, 99))} | {Ms(latencies.Max())} | " +
            $"{changes.Average(change => change.Requests):0.0} | {changes.Average(change => change.SweepRequests):0.0} |");
    }

    private static string Ms(TimeSpan value) => value.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
