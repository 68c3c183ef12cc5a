using System.Collections;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

public static partial class ArrayFunctions
{
    private static void RegisterBuilders(FunctionTable table)
    {
        table.Add("add", ["list", "value"], 2, call =>
        {
            var result = call.ToScriptArray(call.GetList(0));
            result.Add(call.GetArgument(1));
            return result;
        });
        table.Add("add_range", ["list1", "list2"], 2, call => Concat(call, call.GetList(0), call.GetList(1)));
        table.Add("concat", ["list1", "list2"], 2, call =>
        {
            var first = call.GetList(0);
            var second = call.GetList(1);
            return first is null && second is null ? null : Concat(call, first, second);
        });
        table.Add("compact", ["list"], 1, call => Where(call, call.GetList(0), static item => item is not null));
        table.Add("uniq", ["list"], 1, Uniq);
        table.Add("insert_at", ["list", "index", "value"], 3, InsertAt);
        table.Add("remove_at", ["list", "index"], 2, RemoveAt);
    }

    private static ScriptArray Concat(FunctionCall call, IEnumerable? first, IEnumerable? second)
    {
        var result = call.ToScriptArray(first);
        if (second is not null)
        {
            foreach (var item in call.Enumerate(second))
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static ScriptArray? Where(FunctionCall call, IEnumerable? list, Func<object?, bool> keep)
    {
        if (list is null)
        {
            return null;
        }

        var result = new ScriptArray();
        foreach (var item in call.Enumerate(list))
        {
            if (keep(item))
            {
                result.Add(item);
            }
        }

        return result;
    }

    // Distinct by Equals, in first-occurrence order (an int 1 and a long 1 are different items).
    private static ScriptArray? Uniq(FunctionCall call)
    {
        var seen = new HashSet<object?>();
        return Where(call, call.GetList(0), seen.Add);
    }

    // Pads with nulls when the index is past the end: `null | array.insert_at 1 5` is [null, 5].
    private static ScriptArray InsertAt(FunctionCall call)
    {
        var result = call.ToScriptArray(call.GetList(0));
        var index = Math.Max(0, call.GetInt(1));
        while (result.Count < index)
        {
            result.Add(null);
        }

        result.Insert(index, call.GetArgument(2));
        return result;
    }

    // A negative index counts from the end; out of range leaves an unchanged copy.
    private static ScriptArray RemoveAt(FunctionCall call)
    {
        var result = call.ToScriptArray(call.GetList(0));
        var index = call.GetInt(1);
        if (index < 0)
        {
            index += result.Count;
        }

        if (index >= 0 && index < result.Count)
        {
            result.RemoveAt(index);
        }

        return result;
    }
}
