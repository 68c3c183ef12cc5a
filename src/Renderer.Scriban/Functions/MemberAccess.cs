using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

/// <summary>
/// Reads a named member of an item for <c>array.map</c> and <c>array.sort</c>: what <c>item.name</c>
/// reads in a template, plus the <c>key</c>/<c>value</c> of the pairs an object enumerates as.
/// </summary>
internal static class MemberAccess
{
    public static bool TryGetMember(object? target, string name, out object? value)
    {
        switch (target)
        {
            case KeyValuePair<string, object?> pair when name == "key":
                value = pair.Key;
                return true;
            case KeyValuePair<string, object?> pair when name == "value":
                value = pair.Value;
                return true;
            default:
                return ScriptValue.TryGetMember(target, name, out value);
        }
    }

    /// <summary>
    /// A member by name, or, when no member has that exact name and it contains dots, the nested
    /// path (<c>"a.b"</c> reads <c>item.a.b</c>). Missing members read null.
    /// </summary>
    public static object? GetMemberOrPath(object? target, string name)
    {
        if (TryGetMember(target, name, out var value) || !name.Contains('.'))
        {
            return value;
        }

        var current = target;
        foreach (var part in name.Split('.'))
        {
            if (!TryGetMember(current, part, out current))
            {
                return null;
            }
        }

        return current;
    }
}
