using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

public static partial class ArrayFunctions
{
    private static void RegisterSlices(FunctionTable table)
    {
        table.Add("limit", ["list", "count"], 2, Limit);
        table.Add("offset", ["list", "index"], 2, Offset);
        table.Add("reverse", ["list"], 1, call =>
        {
            var result = call.ToScriptArray(call.GetList(0));
            var items = new object?[result.Count];
            result.CopyTo(items, 0);
            Array.Reverse(items);
            return new ScriptArray(items);
        });
    }

    // The first `count` items; zero or negative gives an empty list.
    private static ScriptArray? Limit(FunctionCall call)
    {
        var list = call.GetList(0);
        if (list is null)
        {
            return null;
        }

        var remaining = call.GetInt(1);
        var result = new ScriptArray();
        foreach (var item in call.Enumerate(list))
        {
            if (remaining-- <= 0)
            {
                break;
            }

            result.Add(item);
        }

        return result;
    }

    // Skips the first `index` items; zero or negative skips nothing.
    private static ScriptArray? Offset(FunctionCall call)
    {
        var list = call.GetList(0);
        if (list is null)
        {
            return null;
        }

        var skip = call.GetInt(1);
        var result = new ScriptArray();
        foreach (var item in call.Enumerate(list))
        {
            if (skip-- > 0)
            {
                continue;
            }

            result.Add(item);
        }

        return result;
    }
}
