using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Tests.CaseFiles;

/// <summary>
/// Runs a case the way spec §8 prescribes: fresh context, <c>NewLine = "\n"</c>, the model pushed
/// as the current global. The result is the rendered text, the parse diagnostics joined with
/// <c>"\n"</c>, or the runtime error message.
/// </summary>
public static class CaseRunner
{
    /// <summary>Long enough for any case; it only turns an engine hang into a failing case.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    public static string Run(TemplateCase testCase)
    {
        var template = Template.Parse(testCase.Template, testCase.Name);
        if (template.HasErrors)
        {
            return string.Join("\n", template.Diagnostics);
        }

        using var cancellation = new CancellationTokenSource(HangGuard);
        var context = CreateContext(testCase, cancellation.Token);
        context.PushGlobal(testCase.ModelJson is { } json ? JsonModel.ToScriptObject(json) : new ScriptObject());
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException exception)
        {
            return exception.Message;
        }
    }

    private static TemplateContext CreateContext(TemplateCase testCase, CancellationToken cancellationToken) => new()
    {
        NewLine = "\n",
        LoopLimit = testCase.Settings.LoopLimit,
        RecursiveLimit = testCase.Settings.RecursiveLimit,
        LimitToString = testCase.Settings.LimitToString,
        StrictVariables = testCase.Settings.StrictVariables,
        AutoIndent = testCase.Settings.AutoIndent,
        TemplateLoader = testCase.Includes is { } includes ? new InMemoryTemplateLoader(includes) : null,
        CancellationToken = cancellationToken,
    };
}
