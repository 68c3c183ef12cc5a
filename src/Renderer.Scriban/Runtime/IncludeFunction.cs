namespace Renderer.Scriban.Runtime;

/// <summary>
/// The top-level <c>include</c> and <c>include_join</c> builtins (§3.9): templates come from
/// <see cref="TemplateContext.TemplateLoader"/>, are parsed once per path and rendered into a
/// string that shares the caller's globals but has its own <c>$</c> scope.
/// </summary>
internal static class IncludeFunction
{
    public static readonly IScriptFunction Include = new DelegateScriptFunction("include", 1, -1, RunInclude);

    public static readonly IScriptFunction IncludeJoin = new DelegateScriptFunction("include_join", 2, 4, RunIncludeJoin);

    private const string TemplatePrefix = "tpl:";

    private static object? RunInclude(FunctionCall call)
    {
        var name = call.GetStringOrNull(0);
        var template = Load(call, name);
        var arguments = new ScriptArray(call.Count) { name };
        for (var i = 1; i < call.Count; i++)
        {
            arguments.Add(call.Arguments[i]);
        }

        return call.Context.Evaluator.RenderInclude(template, arguments, call.NamedArguments);
    }

    /// <summary><c>include_join names separator [begin] [end]</c>: literal texts unless prefixed <c>tpl:</c>.</summary>
    private static object? RunIncludeJoin(FunctionCall call)
    {
        if (call.GetArgument(0) is not System.Collections.IEnumerable names || names is string)
        {
            throw call.Error("include_join expects a list of template names as its first argument");
        }

        var separator = Piece(call, call.GetStringOrNull(1));
        var builder = new System.Text.StringBuilder();
        builder.Append(Piece(call, call.GetStringOrNull(2)));
        var first = true;
        foreach (var item in names)
        {
            if (!first)
            {
                builder.Append(separator);
            }

            first = false;
            var name = item is null ? null : call.Context.ToText(item);
            builder.Append(call.Context.Evaluator.RenderInclude(Load(call, name), new ScriptArray { name }, call.NamedArguments));
        }

        builder.Append(Piece(call, call.GetStringOrNull(3)));
        return builder.ToString();
    }

    private static string Piece(FunctionCall call, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!text.StartsWith(TemplatePrefix, StringComparison.Ordinal))
        {
            return text;
        }

        var name = text[TemplatePrefix.Length..];
        return call.Context.Evaluator.RenderInclude(Load(call, name), new ScriptArray { name }, call.NamedArguments);
    }

    private static Template Load(FunctionCall call, string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw call.Error("Include template name cannot be null or empty");
        }

        var context = call.Context;
        var loader = context.TemplateLoader
            ?? throw call.Error($"Unable to include <{name}>. No TemplateLoader registered in TemplateContext.TemplateLoader");
        var path = loader.GetPath(context, call.Span, name)
            ?? throw call.Error($"Include template path is null for `{name}");
        if (context.CachedTemplates.TryGetValue(path, out var cached))
        {
            return cached;
        }

        var text = loader.Load(context, call.Span, path)
            ?? throw call.Error($"The result of including `{name}` cannot be null");
        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            throw call.Error($"Error while parsing template `{path}` Parser messages: {string.Join("\n", template.Diagnostics)}");
        }

        context.CachedTemplates[path] = template;
        return template;
    }
}
