using System.Collections;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Renderer.Scriban.Runtime;

/// <summary>
/// How templates see values: truthiness (§4.1), conversions (§4.2), text form (§4.3) and
/// equality/ordering (§2.6). Hosts use these to render values exactly as templates do.
/// </summary>
public static partial class ScriptValue
{
    private static readonly object[] SmallInts = CreateSmallInts();

    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    /// <summary>Only null, false and <c>empty</c> are falsy; 0, "" and [] are truthy.</summary>
    public static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        EmptyScriptObject => false,
        _ => true,
    };

    /// <summary>A boxed bool without allocating.</summary>
    public static object Box(bool value) => value ? BoxedTrue : BoxedFalse;

    /// <summary>A boxed int, cached for small values (loop indexes, ranges).</summary>
    public static object Box(int value)
        => (uint)(value + 128) < (uint)SmallInts.Length ? SmallInts[value + 128] : value;

    /// <summary>An int when it fits, else a long: the numeric type template literals get.</summary>
    public static object FromLong(long value)
        => value is >= int.MinValue and <= int.MaxValue ? Box((int)value) : value;

    /// <summary>The narrowest of int, long or BigInteger that holds the value.</summary>
    public static object FromBigInteger(BigInteger value)
        => value >= long.MinValue && value <= long.MaxValue ? FromLong((long)value) : value;

    public static bool IsNumber(object? value) => value is int or long or double or float or decimal or BigInteger
        or uint or ulong or short or ushort or byte or sbyte;

    public static bool IsInteger(object? value) => value is int or long or BigInteger
        or uint or ulong or short or ushort or byte or sbyte;

    /// <summary>Scriban's short type names, used in error messages (<c>int</c>, <c>string</c>, <c>array</c>…).</summary>
    public static string GetTypeName(object? value) => value switch
    {
        null => "null",
        bool => "bool",
        int => "int",
        long => "long",
        double => "double",
        float => "float",
        decimal => "decimal",
        BigInteger => "bigint",
        string => "string",
        ScriptArray => "array",
        ScriptRange => "range",
        ScriptObject => "object",
        EmptyScriptObject => "object",
        IScriptFunction => "function",
        DateTime => "datetime",
        TimeSpan => "timespan",
        IList => "array",
        IEnumerable => "iterator",
        _ => value.GetType().Name,
    };

    /// <summary>Copies arrays and objects recursively; other values are shared. A reference loop fails instead of overflowing.</summary>
    public static object? DeepClone(object? value)
    {
        if (value is ScriptObject or ScriptArray && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new InvalidOperationException("Structure is too deeply nested or contains reference loops.");
        }

        return value switch
        {
            ScriptObject obj => obj.Clone(true),
            ScriptArray array => CloneArray(array),
            _ => value,
        };
    }

    private static ScriptArray CloneArray(ScriptArray array)
    {
        var copy = new ScriptArray(array.Count);
        foreach (var item in array)
        {
            copy.Add(DeepClone(item));
        }

        return copy;
    }

    private static object[] CreateSmallInts()
    {
        var values = new object[1152];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = i - 128;
        }

        return values;
    }
}
