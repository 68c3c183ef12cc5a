using System.Text.RegularExpressions;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Tests.Robustness;

/// <summary>
/// Parses and renders untrusted template text under small limits and classifies what happened.
/// The engine's own template errors (diagnostics, <see cref="ScriptRuntimeException"/>) are outcomes;
/// every other exception escapes to the caller, which reports it as an engine defect.
/// </summary>
public static partial class GuardedRender
{
    public const string SourceName = "fuzz";
    public const int OutputLimit = 4096;

    /// <summary>The error line every diagnostic and runtime error must follow (spec §5).</summary>
    [GeneratedRegex(@"\A[^\r\n(]+\(\d+,\d+\) : error : \S[\s\S]*\z")]
    public static partial Regex PositionedError();

    public static RenderOutcome Run(string text, ScriptObject? model = null, ITemplateLoader? loader = null, TimeSpan? hangGuard = null)
    {
        var template = Template.Parse(text, SourceName);
        if (template.HasErrors)
        {
            var errors = template.Diagnostics.Select(diagnostic => diagnostic.ToString()).ToList();
            return new RenderOutcome(RenderOutcomeKind.ParseErrors, string.Join("\n", errors), errors);
        }

        using var cancellation = new CancellationTokenSource(hangGuard ?? TimeSpan.FromSeconds(10));
        var context = new TemplateContext
        {
            NewLine = "\n",
            LoopLimit = 1000,
            RecursiveLimit = 100,
            LimitToString = OutputLimit,
            TemplateLoader = loader,
            CancellationToken = cancellation.Token,
        };
        context.PushGlobal(model ?? new ScriptObject());
        try
        {
            return new RenderOutcome(RenderOutcomeKind.Rendered, template.Render(context), []);
        }
        catch (ScriptRuntimeException exception)
        {
            return new RenderOutcome(RenderOutcomeKind.RuntimeError, exception.Message, [exception.Message]);
        }
    }

    /// <summary>Null when the outcome is acceptable, else why it is not.</summary>
    public static string? Problem(RenderOutcome outcome) => outcome.Kind switch
    {
        RenderOutcomeKind.Rendered when outcome.Text.Length > OutputLimit =>
            $"rendered {outcome.Text.Length} characters, past the output limit {OutputLimit}",
        RenderOutcomeKind.Rendered => null,
        RenderOutcomeKind.ParseErrors when outcome.Errors.Count == 0 => "HasErrors is true but there is no diagnostic",
        RenderOutcomeKind.ParseErrors => outcome.Errors.Select(DiagnosticProblem).FirstOrDefault(problem => problem is not null),
        _ => IsPositioned(outcome.Text.Split('\n')[0])
            ? null
            : $"runtime error is not `name(line,col) : error : message`: {outcome.Text}",
    };

    /// <summary>Spec §5: parse errors are listed one per line, each positioned.</summary>
    private static string? DiagnosticProblem(string diagnostic) =>
        diagnostic.Contains('\n') || diagnostic.Contains('\r')
            ? $"a diagnostic contains a line break (messages are one per line): {diagnostic.Replace("\n", "\\n").Replace("\r", "\\r")}"
            : IsPositioned(diagnostic) ? null : $"diagnostic is not `name(line,col) : error : message`: {diagnostic}";

    private static bool IsPositioned(string line) => PositionedError().IsMatch(line);
}
