using System.Collections;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

public static partial class ArrayFunctions
{
    private static void RegisterReaders(FunctionTable table)
    {
        table.Add("first", ["list"], 1, call => First(call, call.GetList(0)));
        table.Add("last", ["list"], 1, call => Last(call, call.GetList(0)));
        table.Add("size", ["list"], 1, call => ScriptValue.Box(Size(call, call.GetList(0))));
        table.Add("contains", ["list", "item"], 2, call => ScriptValue.Box(Contains(call, call.GetList(0), call.GetArgument(1))));
    }

    private static object? First(FunctionCall call, IEnumerable? list)
    {
        switch (list)
        {
            case null:
                return null;
            case IList items:
                return items.Count > 0 ? items[0] : null;
            case IReadOnlyList<object?> items:
                return items.Count > 0 ? items[0] : null;
            default:
                foreach (var item in call.Enumerate(list))
                {
                    return item;
                }

                return null;
        }
    }

    private static object? Last(FunctionCall call, IEnumerable? list)
    {
        switch (list)
        {
            case null:
                return null;
            case IList items:
                return items.Count > 0 ? items[^1] : null;
            case IReadOnlyList<object?> items:
                return items.Count > 0 ? items[^1] : null;
            default:
                object? last = null;
                foreach (var item in call.Enumerate(list))
                {
                    last = item;
                }

                return last;
        }
    }

    internal static int Size(FunctionCall call, IEnumerable? list)
    {
        switch (list)
        {
            case null:
                return 0;
            case string text:
                return text.Length;
            case ScriptObject obj:
                return obj.Count;
            case ICollection collection:
                return collection.Count;
            case IReadOnlyCollection<object?> collection:
                return collection.Count;
            default:
                var count = 0;
                foreach (var unused in call.Enumerate(list))
                {
                    count++;
                }

                return count;
        }
    }

    // Equals-based membership, so it is type-sensitive like Scriban's.
    private static bool Contains(FunctionCall call, IEnumerable? list, object? value)
    {
        if (list is null)
        {
            return false;
        }

        foreach (var item in call.Enumerate(list))
        {
            if (Equals(item, value))
            {
                return true;
            }
        }

        return false;
    }
}
