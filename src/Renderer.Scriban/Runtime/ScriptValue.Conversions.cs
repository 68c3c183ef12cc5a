using System.Globalization;
using System.Numerics;

namespace Renderer.Scriban.Runtime;

public static partial class ScriptValue
{
    /// <summary>To int (§4.2): null is 0, bools are 0/1, numbers convert (.NET rounding), strings parse invariantly.</summary>
    public static int ToInt(object? value) => value switch
    {
        null => 0,
        int i => i,
        bool b => b ? 1 : 0,
        BigInteger big => (int)big,
        _ => Convert<int>(value, "int", static (v, c) => System.Convert.ToInt32(v, c)),
    };

    public static long ToLong(object? value) => value switch
    {
        null => 0,
        int i => i,
        long l => l,
        bool b => b ? 1 : 0,
        BigInteger big => (long)big,
        _ => Convert<long>(value, "long", static (v, c) => System.Convert.ToInt64(v, c)),
    };

    public static double ToDouble(object? value) => value switch
    {
        null => 0,
        double d => d,
        int i => i,
        long l => l,
        bool b => b ? 1 : 0,
        BigInteger big => (double)big,
        _ => Convert<double>(value, "double", static (v, c) => System.Convert.ToDouble(v, c)),
    };

    public static decimal ToDecimal(object? value) => value switch
    {
        null => 0,
        decimal m => m,
        int i => i,
        long l => l,
        bool b => b ? 1 : 0,
        BigInteger big => (decimal)big,
        _ => Convert<decimal>(value, "decimal", static (v, c) => System.Convert.ToDecimal(v, c)),
    };

    public static BigInteger ToBigInteger(object? value) => value switch
    {
        null => BigInteger.Zero,
        BigInteger big => big,
        int i => i,
        long l => l,
        ulong u => u,
        uint u => u,
        bool b => b ? BigInteger.One : BigInteger.Zero,
        double d => new BigInteger(d),
        float f => new BigInteger(f),
        decimal m => new BigInteger(m),
        string s when BigInteger.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw ConversionError(value, "BigInteger"),
    };

    /// <summary>To bool: truthiness (§4.2).</summary>
    public static bool ToBool(object? value) => IsTruthy(value);

    /// <summary>The error raised when a value cannot be converted: <c>Unable to convert type `string` to int</c>.</summary>
    public static InvalidCastException ConversionError(object? value, string targetType)
        => new($"Unable to convert type `{GetTypeName(value)}` to {targetType}");

    private static T Convert<T>(object value, string targetName, Func<object, IFormatProvider, T> convert)
    {
        if (value is not IConvertible)
        {
            throw ConversionError(value, targetName);
        }

        try
        {
            return convert(value, CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or InvalidCastException)
        {
            throw ConversionError(value, targetName);
        }
    }
}
