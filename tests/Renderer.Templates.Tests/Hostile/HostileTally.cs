using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace Renderer.Templates.Tests.Hostile;

/// <summary>The counts of one fuzz run over one template, and every problem found, for the report and the assertions.</summary>
internal sealed class HostileTally(string template)
{
    private const int ShownProblems = 5;

    private readonly SortedDictionary<string, int> _refused = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _accepted = new(StringComparer.Ordinal);

    public string Template { get; } = template;

    public int Total { get; private set; }

    public int NginxRuns { get; private set; }

    public int NginxPassed { get; private set; }

    public int BatchRenders { get; private set; }

    /// <summary>Accepted outputs whose shape differs from their benign twin's: an injected directive, block or comment.</summary>
    public List<string> Injections { get; } = [];

    /// <summary>Refusals whose message does not name any value of the registration.</summary>
    public List<string> UnnamedRefusals { get; } = [];

    /// <summary>Accepted outputs that nginx -t refused, and other harness-level failures.</summary>
    public List<string> Failures { get; } = [];

    public int Refused => _refused.Values.Sum();

    public int Accepted => _accepted.Values.Sum();

    public void CountRefused(string reason)
    {
        Total++;
        _refused[reason] = _refused.GetValueOrDefault(reason) + 1;
    }

    public void CountAccepted(string how)
    {
        Total++;
        _accepted[how] = _accepted.GetValueOrDefault(how) + 1;
    }

    public void CountUnnamed(string problem)
    {
        Total++;
        UnnamedRefusals.Add(problem);
    }

    public void CountInjection(string problem)
    {
        Total++;
        Injections.Add(problem);
    }

    public void CountBatchRender() => BatchRenders++;

    public void CountNginxRun(bool passed)
    {
        NginxRuns++;
        NginxPassed += passed ? 1 : 0;
    }

    public void Print(ITestOutputHelper output) => output.WriteLine(Report());

    public string Report()
    {
        var report = new StringBuilder()
            .AppendLine(Invariant($"{Template}: {Total} hostile registrations (seed {HostileSettings.Seed})"))
            .AppendLine(Invariant($"  refused: {Refused}"));
        foreach (var (reason, count) in _refused)
        {
            report.AppendLine(Invariant($"    {count,6}  {reason}"));
        }

        report.AppendLine(Invariant($"  accepted: {Accepted}"));
        foreach (var (how, count) in _accepted)
        {
            report.AppendLine(Invariant($"    {count,6}  {how}"));
        }

        report.AppendLine(Invariant($"  refused without naming the value: {UnnamedRefusals.Count}"))
            .AppendLine(Invariant($"  injections (accepted output shaped unlike its benign twin): {Injections.Count}"))
            .AppendLine(Invariant($"  batch renders: {BatchRenders}; nginx -t runs: {NginxRuns}, passed: {NginxPassed}"))
            .AppendLine(Invariant($"  other failures: {Failures.Count}"));
        Append(report, "injection", Injections);
        Append(report, "unnamed refusal", UnnamedRefusals);
        Append(report, "failure", Failures);
        return report.ToString();
    }

    private static void Append(StringBuilder report, string what, List<string> problems)
    {
        foreach (var problem in problems.Take(ShownProblems))
        {
            report.AppendLine($"--- {what}: {problem}");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
