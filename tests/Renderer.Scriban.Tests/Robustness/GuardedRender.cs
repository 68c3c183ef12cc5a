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
            return new RenderOutcome(RenderOutcomeKind.ParseErrors, string.Join("\n", template.Diagnostics));
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
            return new RenderOutcome(RenderOutcomeKind.Rendered, template.Render(context));
        }
        catch (ScriptRuntimeException exception)
        {
            return new RenderOutcome(RenderOutcomeKind.RuntimeError, exception.Message);
        }
    }

    /// <summary>Null when the outcome is acceptable, else why it is not.</summary>
    public static string? Problem(RenderOutcome outcome) => outcome.Kind switch
    {
        RenderOutcomeKind.Rendered when outcome.Text.Length > OutputLimit =>
            $"rendered {outcome.Text.Length} characters, past the output limit {OutputLimit}",
        RenderOutcomeKind.Rendered => null,
        RenderOutcomeKind.ParseErrors when outcome.Text.Split('\n').All(IsPositioned) => null,
        RenderOutcomeKind.RuntimeError when IsPositioned(outcome.Text.Split('\n')[0]) => null,
        _ => $"{outcome.Kind} text is not `name(line,col) : error : message`: {outcome.Text}",
    };

    private static bool IsPositioned(string line) => PositionedError().IsMatch(line);
}
