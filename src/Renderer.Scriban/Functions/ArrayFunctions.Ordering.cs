using System.Collections;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

public static partial class ArrayFunctions
{
    private const string CycleStateKey = "array.cycle";

    private static void RegisterOrdering(FunctionTable table)
    {
        table.Add("sort", ["list", "member"], 1, Sort);
        table.Add("cycle", ["list", "group"], 1, Cycle);
    }

    /// <summary>
    /// A stable ascending sort with .NET's default comparer (strings culture-aware), by the items
    /// themselves or by a member of each item (a dotted name falls back to a nested path).
    /// </summary>
    private static ScriptArray Sort(FunctionCall call)
    {
        var items = call.ToScriptArray(call.GetList(0));
        var member = call.GetStringOrDefault(1, null);
        var keyed = new (object? Key, int Index, object? Item)[items.Count];
        for (var i = 0; i < keyed.Length; i++)
        {
            var item = items[i];
            keyed[i] = (string.IsNullOrEmpty(member) ? item : MemberAccess.GetMemberOrPath(item, member), i, item);
        }

        // The index breaks ties, which makes the sort stable.
        Array.Sort(keyed, static (a, b) =>
        {
            var order = DefaultValueComparer.Instance.Compare(a.Key, b.Key);
            return order != 0 ? order : a.Index.CompareTo(b.Index);
        });

        var result = new ScriptArray(keyed.Length);
        foreach (var entry in keyed)
        {
            result.Add(entry.Item);
        }

        return result;
    }

    /// <summary>
    /// The next item of the list on each call. The position is kept per render, keyed by the group
    /// name, or without a group by the list's text, so identical lists share one position.
    /// </summary>
    private static object? Cycle(FunctionCall call)
    {
        if (call.GetList(0) is not { } list)
        {
            return null;
        }

        var items = list as IList ?? call.ToScriptArray(list);
        var group = call.GetArgument(1);
        var key = group is null ? JoinText(call, items) : call.Context.ToText(group);
        var positions = call.Context.GetOrCreateState(CycleStateKey, static () => new Dictionary<string, int>(StringComparer.Ordinal));
        positions.TryGetValue(key, out var position);
        if (items.Count == 0)
        {
            positions[key] = 0;
            return null;
        }

        position %= items.Count;
        positions[key] = position + 1;
        return items[position];
    }

    private static string JoinText(FunctionCall call, IList items)
    {
        var texts = new string[items.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = call.Context.ToText(items[i]);
        }

        return string.Join(",", texts);
    }
}
