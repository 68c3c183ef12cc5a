using System.Collections;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

/// <summary>
/// The <c>object</c> builtin group (spec §6). <c>eval</c> and <c>eval_template</c> belong to the
/// engine and are registered by it into the same group.
/// </summary>
public static partial class ObjectFunctions
{
    /// <summary>Adds the <c>object.*</c> functions to <paramref name="group"/>.</summary>
    public static void Register(ScriptObject group)
    {
        var table = new FunctionTable(group, "object");
        table.Add("default", ["value", "default"], 2,
            call => call.GetArgument(0) is null or "" ? call.GetArgument(1) : call.GetArgument(0));
        table.Add("format", ["value", "format", "culture"], 2, Format);
        table.Add("has_key", ["value", "key"], 2, call => ScriptValue.Box(HasKey(call, requireValue: false)));
        table.Add("has_value", ["value", "key"], 2, call => ScriptValue.Box(HasKey(call, requireValue: true)));
        table.Add("keys", ["value"], 1, call => Members(call.GetArgument(0), keys: true));
        table.Add("values", ["value"], 1, call => Members(call.GetArgument(0), keys: false));
        table.Add("size", ["value"], 1, call => ScriptValue.Box(Size(call)));
        RegisterTypes(table);
        RegisterJson(table);
    }

    private static object? Format(FunctionCall call)
    {
        var value = call.GetArgument(0);
        var format = call.GetString(1);
        var culture = CultureNames.Resolve(call.GetStringOrDefault(2, null));
        return value switch
        {
            null => string.Empty,
            IFormattable formattable => formattable.ToString(format, culture),
            _ => call.Context.ToText(value),
        };
    }

    private static bool HasKey(FunctionCall call, bool requireValue)
    {
        var key = call.GetStringOrNull(1);
        if (key is null || call.GetArgument(0) is not ScriptObject obj)
        {
            return false;
        }

        return obj.TryGetValue(key, out var value) && (!requireValue || value is not null);
    }

    private static ScriptArray Members(object? value, bool keys)
    {
        var result = new ScriptArray();
        if (value is ScriptObject obj)
        {
            foreach (var pair in obj)
            {
                result.Add(keys ? pair.Key : pair.Value);
            }
        }

        return result;
    }

    // String length, list count, member count; 0 for anything else (`5 | object.size` is 0).
    private static int Size(FunctionCall call) => call.GetArgument(0) switch
    {
        string text => text.Length,
        ScriptObject obj => obj.Count,
        IEnumerable list => ArrayFunctions.Size(call, list),
        _ => 0,
    };
}
