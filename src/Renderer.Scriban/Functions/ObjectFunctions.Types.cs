using System.Collections;
using System.Numerics;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

public static partial class ObjectFunctions
{
    private static void RegisterTypes(FunctionTable table)
    {
        table.Add("typeof", ["value"], 1, call => TypeOf(call.GetArgument(0)));
        table.Add("kind", ["value"], 1, call => Kind(call.GetArgument(0)));
    }

    /// <summary>The coarse type: string, boolean, number, array, iterator (ranges, lazy results) or object.</summary>
    internal static string? TypeOf(object? value) => value switch
    {
        null => null,
        string => "string",
        bool => "boolean",
        _ when ScriptValue.IsNumber(value) => "number",
        ScriptRange => "iterator",
        IList => "array",
        ScriptObject => "object",
        IEnumerable => "iterator",
        _ => "object",
    };

    /// <summary>The detailed type: the .NET-ish name of numbers (<c>int</c>, <c>double</c>…), range, array, function…</summary>
    internal static string? Kind(object? value) => value switch
    {
        null => null,
        string => "string",
        bool => "bool",
        byte => "byte",
        sbyte => "sbyte",
        short => "short",
        ushort => "ushort",
        int => "int",
        uint => "uint",
        long => "long",
        ulong => "ulong",
        float => "float",
        double => "double",
        decimal => "decimal",
        BigInteger => "bigint",
        Enum => "enum",
        ScriptRange => "range",
        IScriptFunction => "function",
        ScriptObject or EmptyScriptObject => "object",
        IEnumerable => "array",
        _ => "object",
    };
}
