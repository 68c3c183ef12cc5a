namespace Renderer.Scriban.Runtime;

/// <summary>
/// <c>object.eval</c> (a string evaluated as code, giving the last value; a function is called)
/// and <c>object.eval_template</c> (a string rendered as a template): engine machinery registered
/// into the object group.
/// </summary>
internal static class EvalFunctions
{
    public static void Register(ScriptObject group)
    {
        group.SetFunction("eval", new DelegateScriptFunction("object.eval", ["value"], 1, Eval));
        group.SetFunction("eval_template", new DelegateScriptFunction("object.eval_template", ["value"], 1, EvalTemplate));
    }

    private static object? Eval(FunctionCall call)
    {
        switch (call.GetArgument(0))
        {
            case string code:
                var template = Template.ParseScript(code, call.Span.SourceName);
                ThrowOnErrors(call, template);
                return call.Context.Evaluator.EvaluateScript(template);
            case IScriptFunction function:
                return call.Context.Invoke(function, [], call.Span);
            case var value:
                return value;
        }
    }

    private static object? EvalTemplate(FunctionCall call)
    {
        var text = call.GetStringOrNull(0);
        if (text is null)
        {
            return null;
        }

        var template = Template.Parse(text, call.Span.SourceName);
        ThrowOnErrors(call, template);
        return call.Context.Evaluator.RenderInclude(template, new ScriptArray(), call.NamedArguments);
    }

    private static void ThrowOnErrors(FunctionCall call, Template template)
    {
        if (template.HasErrors)
        {
            throw call.Error($"Error while parsing template `{call.Span.SourceName}` Parser messages: {string.Join("\n", template.Diagnostics)}");
        }
    }
}
