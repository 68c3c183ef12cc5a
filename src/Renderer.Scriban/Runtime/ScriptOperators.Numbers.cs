using System.Numerics;
using Renderer.Scriban.Parsing;
using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Runtime;

public static partial class ScriptOperators
{
    private static object? OtherOperation(TemplateContext context, SourceSpan span, BinaryOperator op, object? left, object? right)
    {
        if (left is null || right is null)
        {
            return NullOperation(op, left is null && right is null);
        }

        // The wider type wins, in Scriban's order: decimal, double, float, BigInteger, long, ulong, int, bool.
        if (left is int li && right is int ri)
        {
            return IntOperation(context, span, op, li, ri);
        }

        if (left is decimal || right is decimal)
        {
            return DecimalOperation(span, op, ScriptValue.ToDecimal(left), ScriptValue.ToDecimal(right));
        }

        if (left is double || right is double)
        {
            return DoubleOperation(span, op, ScriptValue.ToDouble(left), ScriptValue.ToDouble(right));
        }

        if (left is float || right is float)
        {
            return FloatOperation(span, op, ToFloat(left), ToFloat(right));
        }

        if (left is BigInteger or long or ulong || right is BigInteger or long or ulong)
        {
            return BigIntegerOperation(context, span, op, ScriptValue.ToBigInteger(left), ScriptValue.ToBigInteger(right));
        }

        if (ScriptValue.IsInteger(left) || ScriptValue.IsInteger(right))
        {
            return IntOperation(context, span, op, ScriptValue.ToInt(left), ScriptValue.ToInt(right));
        }

        if (left is bool || right is bool)
        {
            return BoolOperation(span, op, ScriptValue.IsTruthy(left), ScriptValue.IsTruthy(right));
        }

        if (left is DateTime leftDate)
        {
            if (right is DateTime rightDate)
            {
                return DateOperation(span, op, leftDate, rightDate);
            }

            if (right is TimeSpan rightTime && op == BinaryOperator.Add)
            {
                return leftDate + rightTime;
            }
        }

        if (op == BinaryOperator.CompareEqual)
        {
            return ScriptValue.Box(left.Equals(right));
        }

        throw new ScriptRuntimeException(span,
            $"Unsupported types `{context.ToText(left)}/{ScriptValue.GetTypeName(left)}` {op.ToText()} `{context.ToText(right)}/{ScriptValue.GetTypeName(right)}` for binary operation");
    }

    private static object? NullOperation(BinaryOperator op, bool bothNull) => op switch
    {
        BinaryOperator.CompareEqual => ScriptValue.Box(bothNull),
        BinaryOperator.CompareNotEqual => ScriptValue.Box(!bothNull),
        BinaryOperator.CompareGreater or BinaryOperator.CompareLess
            or BinaryOperator.CompareGreaterOrEqual or BinaryOperator.CompareLessOrEqual => ScriptValue.Box(false),
        _ => null,
    };

    private static float ToFloat(object? value) => value is float f ? f : (float)ScriptValue.ToDouble(value);

    private static object IntOperation(TemplateContext context, SourceSpan span, BinaryOperator op, int left, int right)
    {
        long l = left, r = right;
        return op switch
        {
            BinaryOperator.Add => ScriptValue.FromLong(l + r),
            BinaryOperator.Subtract => ScriptValue.FromLong(l - r),
            BinaryOperator.Multiply => ScriptValue.FromLong(l * r),
            BinaryOperator.Divide => (double)l / r,
            BinaryOperator.DivideRound => ScriptValue.FromLong(l / r),
            BinaryOperator.Modulus => ScriptValue.FromLong(l % r),
            BinaryOperator.ShiftLeft => ScriptValue.FromBigInteger((BigInteger)l << right),
            BinaryOperator.ShiftRight => ScriptValue.FromBigInteger((BigInteger)l >> right),
            BinaryOperator.CompareEqual => ScriptValue.Box(l == r),
            BinaryOperator.CompareNotEqual => ScriptValue.Box(l != r),
            BinaryOperator.CompareGreater => ScriptValue.Box(l > r),
            BinaryOperator.CompareLess => ScriptValue.Box(l < r),
            BinaryOperator.CompareGreaterOrEqual => ScriptValue.Box(l >= r),
            BinaryOperator.CompareLessOrEqual => ScriptValue.Box(l <= r),
            BinaryOperator.RangeInclude => CreateRange(context, span, l, r, false),
            BinaryOperator.RangeExclude => CreateRange(context, span, l, r, true),
            _ => throw new ScriptRuntimeException(span, $"The operator `{op.ToText()}` is not implemented for long<->long"),
        };
    }

    private static object BigIntegerOperation(TemplateContext context, SourceSpan span, BinaryOperator op, BigInteger left, BigInteger right) => op switch
    {
        BinaryOperator.Add => ScriptValue.FromBigInteger(left + right),
        BinaryOperator.Subtract => ScriptValue.FromBigInteger(left - right),
        BinaryOperator.Multiply => ScriptValue.FromBigInteger(left * right),
        BinaryOperator.Divide => (double)left / (double)right,
        BinaryOperator.DivideRound => ScriptValue.FromBigInteger(left / right),
        BinaryOperator.Modulus => ScriptValue.FromBigInteger(left % right),
        BinaryOperator.ShiftLeft => ScriptValue.FromBigInteger(left << (int)right),
        BinaryOperator.ShiftRight => ScriptValue.FromBigInteger(left >> (int)right),
        BinaryOperator.CompareEqual => ScriptValue.Box(left == right),
        BinaryOperator.CompareNotEqual => ScriptValue.Box(left != right),
        BinaryOperator.CompareGreater => ScriptValue.Box(left > right),
        BinaryOperator.CompareLess => ScriptValue.Box(left < right),
        BinaryOperator.CompareGreaterOrEqual => ScriptValue.Box(left >= right),
        BinaryOperator.CompareLessOrEqual => ScriptValue.Box(left <= right),
        BinaryOperator.RangeInclude => CreateRange(context, span, (long)left, (long)right, false),
        BinaryOperator.RangeExclude => CreateRange(context, span, (long)left, (long)right, true),
        _ => throw new ScriptRuntimeException(span, $"The operator `{op.ToText()}` is not implemented for long<->long"),
    };

    private static object DoubleOperation(SourceSpan span, BinaryOperator op, double left, double right) => op switch
    {
        BinaryOperator.Add => left + right,
        BinaryOperator.Subtract => left - right,
        BinaryOperator.Multiply => left * right,
        BinaryOperator.Divide => left / right,
        BinaryOperator.DivideRound => Math.Round(left / right),
        BinaryOperator.Modulus => left % right,
        BinaryOperator.ShiftLeft => left * Math.Pow(2, right),
        BinaryOperator.ShiftRight => left / Math.Pow(2, right),
        BinaryOperator.CompareEqual => ScriptValue.Box(left == right),
        BinaryOperator.CompareNotEqual => ScriptValue.Box(left != right),
        BinaryOperator.CompareGreater => ScriptValue.Box(left > right),
        BinaryOperator.CompareLess => ScriptValue.Box(left < right),
        BinaryOperator.CompareGreaterOrEqual => ScriptValue.Box(left >= right),
        BinaryOperator.CompareLessOrEqual => ScriptValue.Box(left <= right),
        _ => throw new ScriptRuntimeException(span, $"The operator `{op.ToText()}` is not implemented for double<->double"),
    };

    private static object FloatOperation(SourceSpan span, BinaryOperator op, float left, float right) => op switch
    {
        BinaryOperator.Add => left + right,
        BinaryOperator.Subtract => left - right,
        BinaryOperator.Multiply => left * right,
        BinaryOperator.Divide => left / right,
        BinaryOperator.DivideRound => (float)(int)(left / right),
        BinaryOperator.Modulus => left % right,
        BinaryOperator.ShiftLeft => left * (float)Math.Pow(2, right),
        BinaryOperator.ShiftRight => left / (float)Math.Pow(2, right),
        BinaryOperator.CompareEqual => ScriptValue.Box(left == right),
        BinaryOperator.CompareNotEqual => ScriptValue.Box(left != right),
        BinaryOperator.CompareGreater => ScriptValue.Box(left > right),
        BinaryOperator.CompareLess => ScriptValue.Box(left < right),
        BinaryOperator.CompareGreaterOrEqual => ScriptValue.Box(left >= right),
        BinaryOperator.CompareLessOrEqual => ScriptValue.Box(left <= right),
        _ => throw new ScriptRuntimeException(span, $"The operator `{op.ToText()}` is not implemented for float<->float"),
    };

    private static object DecimalOperation(SourceSpan span, BinaryOperator op, decimal left, decimal right) => op switch
    {
        BinaryOperator.Add => left + right,
        BinaryOperator.Subtract => left - right,
        BinaryOperator.Multiply => left * right,
        BinaryOperator.Divide => left / right,
        BinaryOperator.DivideRound => Math.Round(left / right),
        BinaryOperator.Modulus => left % right,
        BinaryOperator.ShiftLeft => left * (decimal)Math.Pow(2, (double)right),
        BinaryOperator.ShiftRight => left / (decimal)Math.Pow(2, (double)right),
        BinaryOperator.CompareEqual => ScriptValue.Box(left == right),
        BinaryOperator.CompareNotEqual => ScriptValue.Box(left != right),
        BinaryOperator.CompareGreater => ScriptValue.Box(left > right),
        BinaryOperator.CompareLess => ScriptValue.Box(left < right),
        BinaryOperator.CompareGreaterOrEqual => ScriptValue.Box(left >= right),
        BinaryOperator.CompareLessOrEqual => ScriptValue.Box(left <= right),
        _ => throw new ScriptRuntimeException(span, $"The operator `{op.ToText()}` is not implemented for decimal<->decimal"),
    };

    private static object BoolOperation(SourceSpan span, BinaryOperator op, bool left, bool right) => op switch
    {
        BinaryOperator.CompareEqual => ScriptValue.Box(left == right),
        BinaryOperator.CompareNotEqual => ScriptValue.Box(left != right),
        _ => throw new ScriptRuntimeException(span, $"The operator `{op.ToText()}` is not valid for bool<->bool"),
    };

    private static object DateOperation(SourceSpan span, BinaryOperator op, DateTime left, DateTime right) => op switch
    {
        BinaryOperator.Subtract => left - right,
        BinaryOperator.CompareEqual => ScriptValue.Box(left == right),
        BinaryOperator.CompareNotEqual => ScriptValue.Box(left != right),
        BinaryOperator.CompareLess => ScriptValue.Box(left < right),
        BinaryOperator.CompareLessOrEqual => ScriptValue.Box(left <= right),
        BinaryOperator.CompareGreater => ScriptValue.Box(left > right),
        BinaryOperator.CompareGreaterOrEqual => ScriptValue.Box(left >= right),
        _ => throw new ScriptRuntimeException(span, $"The operator `{op}` is not supported for DateTime"),
    };

    private static ScriptRange CreateRange(TemplateContext context, SourceSpan span, long from, long to, bool exclusive)
    {
        var range = new ScriptRange(from, to, exclusive);
        if (context.LoopLimit > 0 && range.Count > context.LoopLimit)
        {
            throw new ScriptRuntimeException(span, $"Range expression exceeds LoopLimit `{context.LoopLimit}`.");
        }

        return range;
    }
}
