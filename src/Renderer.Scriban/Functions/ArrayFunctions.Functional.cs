using System.Collections;
using System.Text;
using Renderer.Scriban.Parsing;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

public static partial class ArrayFunctions
{
    private static void RegisterFunctional(FunctionTable table)
    {
        table.Add("each", ["list", "function"], 2, call => Apply(call, keepWhenTruthy: false));
        table.Add("filter", ["list", "function"], 2, call => Apply(call, keepWhenTruthy: true));
        table.AddVariadic("any", ["list", "function", "args"], 2, Any);
        table.Add("map", ["list", "member"], 2, call => Map(call.GetArgument(0), call.GetStringOrNull(1)));
        table.Add("join", ["list", "delimiter", "function"], 2, Join);
    }

    // each/filter are lazy, as in Scriban (typeof gives `iterator`); the function runs when the
    // result is enumerated. A null function leaves the list as it is.
    private static IEnumerable? Apply(FunctionCall call, bool keepWhenTruthy)
    {
        var list = call.GetList(0);
        var function = call.GetFunctionOrNull(1);
        if (list is null || function is null)
        {
            return list;
        }

        return keepWhenTruthy
            ? Filter(call.Context, call.Span, list, function)
            : Each(call.Context, call.Span, list, function);
    }

    private static IEnumerable<object?> Each(TemplateContext context, SourceSpan span, IEnumerable list, IScriptFunction function)
    {
        foreach (var item in list)
        {
            yield return context.Invoke(function, [item], span);
        }
    }

    private static IEnumerable<object?> Filter(TemplateContext context, SourceSpan span, IEnumerable list, IScriptFunction function)
    {
        foreach (var item in list)
        {
            if (ScriptValue.IsTruthy(context.Invoke(function, [item], span)))
            {
                yield return item;
            }
        }
    }

    // True when fn(item, args…) is truthy for some item.
    private static object Any(FunctionCall call)
    {
        var list = call.GetList(0);
        var function = call.GetFunctionOrNull(1) ?? throw call.Error("The parameter `function` cannot be null. Expecting a function, prefix it with @");
        if (list is null)
        {
            return ScriptValue.Box(false);
        }

        var arguments = new object?[Math.Max(1, call.Count - 1)];
        for (var i = 2; i < call.Count; i++)
        {
            arguments[i - 1] = call.GetArgument(i);
        }

        foreach (var item in call.Enumerate(list))
        {
            arguments[0] = item;
            if (ScriptValue.IsTruthy(call.Context.Invoke(function, arguments, call.Span)))
            {
                return ScriptValue.Box(true);
            }
        }

        return ScriptValue.Box(false);
    }

    // The member's value of each item that has it (lazy, like Scriban's); items without it are skipped.
    private static IEnumerable<object?> Map(object? list, string? member)
    {
        if (list is null || member is null)
        {
            yield break;
        }

        foreach (var item in FunctionCallArguments.AsEnumerable(list)!)
        {
            if (MemberAccess.TryGetMember(item, member, out var value))
            {
                yield return value;
            }
        }
    }

    // Items in their text form (null as empty), optionally transformed by fn(text).
    private static string Join(FunctionCall call)
    {
        var list = call.GetList(0);
        var delimiter = call.GetString(1);
        var function = call.GetFunctionOrNull(2);
        if (list is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        var first = true;
        foreach (var item in call.Enumerate(list))
        {
            if (!first)
            {
                builder.Append(delimiter);
            }

            first = false;
            var text = call.Context.ToText(item);
            builder.Append(function is null ? text : call.Context.ToText(call.Context.Invoke(function, [text], call.Span)));
            call.Context.CheckTextLimit(call.Span, builder.Length);
        }

        return builder.ToString();
    }
}
