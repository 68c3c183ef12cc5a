using System.Collections;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

/// <summary>
/// Argument conversions shared by the builtins, following how Scriban converts a value to the
/// declared .NET parameter type: strings through the text form, lists through <see cref="IEnumerable"/>.
/// </summary>
internal static class FunctionCallArguments
{
    /// <summary>The argument's text form, or <paramref name="defaultValue"/> when it was not given.</summary>
    public static string? GetStringOrDefault(this FunctionCall call, int index, string? defaultValue)
        => call.HasArgument(index) ? call.GetStringOrNull(index) : defaultValue;

    /// <summary>The argument as a sequence (null stays null), see <see cref="AsEnumerable"/>.</summary>
    public static IEnumerable? GetList(this FunctionCall call, int index) => AsEnumerable(call.GetArgument(index));

    /// <summary>
    /// A value seen as a list: enumerables as they are (a string yields its characters, an object its
    /// key/value pairs), <c>empty</c> as no item, any other single value as a one-item list.
    /// </summary>
    public static IEnumerable? AsEnumerable(object? value) => value switch
    {
        null => null,
        EmptyScriptObject => Array.Empty<object?>(),
        IEnumerable enumerable => enumerable,
        _ => new object?[] { value },
    };

    /// <summary>The argument as a function value, or null when absent; anything else is an error.</summary>
    public static IScriptFunction? GetFunctionOrNull(this FunctionCall call, int index)
    {
        var value = call.GetArgument(index);
        return value switch
        {
            null => null,
            IScriptFunction function => function,
            _ => throw call.Error($"The parameter `{call.Context.ToText(value)}` is not a function. Maybe prefix it with @?"),
        };
    }

    /// <summary>Copies a sequence into a new array, counting lazy sequences against the loop limit.</summary>
    public static ScriptArray ToScriptArray(this FunctionCall call, IEnumerable? items)
    {
        var result = new ScriptArray();
        if (items is not null)
        {
            foreach (var item in call.Enumerate(items))
            {
                result.Add(item);
            }
        }

        return result;
    }

    /// <summary>
    /// Enumerates a sequence; items pulled from a lazy sequence (not a collection) count against
    /// <see cref="TemplateContext.LoopLimit"/>, as Scriban 7.2 counts internal iterations.
    /// </summary>
    public static IEnumerable<object?> Enumerate(this FunctionCall call, IEnumerable items)
    {
        var counted = items is not (ICollection or IReadOnlyCollection<object?> or string or ScriptObject);
        foreach (var item in items)
        {
            if (counted)
            {
                call.Context.StepLoop(call.Span);
            }

            yield return item;
        }
    }
}
