using System.Numerics;
using Renderer.Scriban.Runtime;
using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Functions;

/// <summary>
/// The <c>math</c> builtin group (spec §6). <c>plus</c>, <c>minus</c>, <c>times</c>, <c>modulo</c>
/// and <c>divided_by</c> follow the template operators exactly (a null operand gives null, a string
/// operand concatenates for <c>plus</c>). <c>random</c> and <c>uuid</c> are non-deterministic.
/// </summary>
public static class MathFunctions
{
    /// <summary>Adds the <c>math.*</c> functions to <paramref name="group"/>.</summary>
    public static void Register(ScriptObject group)
    {
        var table = new FunctionTable(group, "math");
        table.Add("abs", ["value"], 1, Abs);
        table.Add("ceil", ["value"], 1, call => Math.Ceiling(call.GetDouble(0)));
        table.Add("floor", ["value"], 1, call => Math.Floor(call.GetDouble(0)));
        table.Add("round", ["value", "precision"], 1, call => Math.Round(call.GetDouble(0), call.GetInt(1, 0)));
        table.Add("plus", ["value", "with"], 2, call => Operate(call, BinaryOperator.Add));
        table.Add("minus", ["value", "with"], 2, call => Operate(call, BinaryOperator.Subtract));
        table.Add("times", ["value", "with"], 2, call => Operate(call, BinaryOperator.Multiply));
        table.Add("modulo", ["value", "with"], 2, call => Operate(call, BinaryOperator.Modulus));
        table.Add("divided_by", ["value", "divisor"], 2, DividedBy);
        table.Add("format", ["value", "format", "culture"], 2, Format);
        table.Add("is_number", ["value"], 1, call => ScriptValue.Box(ScriptValue.IsNumber(call.GetArgument(0))));
        table.Add("random", ["minValue", "maxValue"], 2, call => ScriptValue.Box(Random.Shared.Next(call.GetInt(0), call.GetInt(1))));
        table.Add("uuid", [], 0, _ => Guid.NewGuid().ToString());
    }

    private static object? Operate(FunctionCall call, BinaryOperator op)
        => ScriptOperators.Evaluate(call.Context, call.Span, op, call.GetArgument(0), call.GetArgument(1));

    // Same numeric type as the input: -5 | math.abs is the int 5, -15.5 the double 15.5.
    private static object? Abs(FunctionCall call) => call.GetArgument(0) switch
    {
        null => null,
        int i => ScriptValue.Box(Math.Abs(i)),
        long l => Math.Abs(l),
        double d => Math.Abs(d),
        float f => Math.Abs(f),
        decimal m => Math.Abs(m),
        BigInteger big => BigInteger.Abs(big),
        short s => Math.Abs(s),
        sbyte s => Math.Abs(s),
        byte or ushort or uint or ulong => call.GetArgument(0),
        var other => throw NotANumber(call, other),
    };

    // The value is taken as a double; an integer divisor floors the result back to an integer
    // (8.4 | math.divided_by 2 gives 4, 8.4 | math.divided_by 2.0 gives 4.2).
    private static object? DividedBy(FunctionCall call)
    {
        var divisor = call.GetArgument(1);
        var result = ScriptOperators.Evaluate(call.Context, call.Span, BinaryOperator.Divide, call.GetDouble(0), divisor);
        if (divisor is int or long && result is double quotient && double.IsFinite(quotient))
        {
            return ScriptValue.FromLong((long)Math.Floor(quotient));
        }

        return result;
    }

    private static object Format(FunctionCall call)
    {
        var value = call.GetArgument(0);
        if (value is null)
        {
            return string.Empty;
        }

        if (!ScriptValue.IsNumber(value) || value is not IFormattable formattable)
        {
            throw NotANumber(call, value);
        }

        return formattable.ToString(call.GetString(1), CultureNames.Resolve(call.GetStringOrDefault(2, null)));
    }

    private static ScriptRuntimeException NotANumber(FunctionCall call, object value)
        => call.Error($"The value `{call.Context.ToText(value)}` is not a number");
}
