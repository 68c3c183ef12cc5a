using System.Text;
using Renderer.Scriban.Tests.CaseFiles;

namespace Renderer.Scriban.Tests.Robustness;

/// <summary>
/// Runs templates through <see cref="GuardedRender"/> and collects every run whose outcome is not a
/// template error or output within the limits, with the template that caused it.
/// </summary>
public sealed class FuzzFailures
{
    private const int ReportedFailures = 15;
    private readonly List<string> _failures = [];

    public int Checked { get; private set; }

    public void Check(string label, string text, Func<RenderOutcome> run)
    {
        Checked++;
        string? problem;
        try
        {
            problem = GuardedRender.Problem(run());
        }
        catch (Exception exception)
        {
            problem = $"{exception.GetType().FullName}: {exception.Message}\n{TopFrames(exception)}";
        }

        if (problem is not null)
        {
            _failures.Add($"{label}: template \"{VisibleDiff.Visible(text)}\"\n    {problem}");
        }
    }

    public void AssertNone()
    {
        if (_failures.Count == 0)
        {
            return;
        }

        var report = new StringBuilder()
            .AppendLine($"{_failures.Count} of {Checked} templates ended in something other than a template error:");
        foreach (var failure in _failures.Take(ReportedFailures))
        {
            report.AppendLine(failure);
        }

        Assert.Fail(report.ToString());
    }

    private static string TopFrames(Exception exception) =>
        string.Join("\n", (exception.StackTrace ?? "").Split('\n').Take(6).Select(line => "      " + line.Trim()));
}
