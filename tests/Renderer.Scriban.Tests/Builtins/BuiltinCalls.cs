using Renderer.Scriban.Parsing;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Tests.Builtins;

/// <summary>
/// Calls builtin functions directly, through the same <see cref="TemplateContext.Invoke"/> path a
/// template call takes (arity checks, error wrapping), without needing the parser.
/// </summary>
internal static class BuiltinCalls
{
    public static readonly SourceSpan Span = new("<test>", new TextPosition(0, 1, 1), new TextPosition(0, 1, 1));

    /// <summary>The function registered as <paramref name="path"/> (<c>"string.append"</c>).</summary>
    public static IScriptFunction Function(TemplateContext context, string path)
    {
        var dot = path.IndexOf('.');
        var group = Assert.IsType<ScriptObject>(context.BuiltinObject[path[..dot]]);
        return Assert.IsAssignableFrom<IScriptFunction>(group[path[(dot + 1)..]]);
    }

    public static object? Call(string path, params object?[] arguments) => Call(new TemplateContext(), path, arguments);

    public static object? Call(TemplateContext context, string path, params object?[] arguments)
        => context.Invoke(Function(context, path), arguments, Span);

    /// <summary>The result in its text form, as <c>{{ … }}</c> would print it.</summary>
    public static string Text(string path, params object?[] arguments) => Text(new TemplateContext(), path, arguments);

    public static string Text(TemplateContext context, string path, params object?[] arguments)
        => context.ToText(Call(context, path, arguments));

    /// <summary>The message of the error the call raises.</summary>
    public static string Error(string path, params object?[] arguments)
        => Assert.ThrowsAny<ScriptRuntimeException>(() => Call(path, arguments)).OriginalMessage;

    public static ScriptArray List(params object?[] items) => new(items);

    public static ScriptObject Object(params (string Key, object? Value)[] members)
    {
        var result = new ScriptObject();
        foreach (var (key, value) in members)
        {
            result[key] = value;
        }

        return result;
    }
}
