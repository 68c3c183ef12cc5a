using System.Collections;
using System.Runtime.CompilerServices;
using Renderer.Scriban.Parsing;
using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Runtime;

public static partial class ScriptOperators
{
    // Arrays: `+` concatenates, `*` repeats, `<<` appends, `>>` prepends, comparisons go element-wise.
    private static object ArrayOperation(
        TemplateContext context, SourceSpan span, BinaryOperator op,
        SourceSpan leftSpan, object? left, SourceSpan rightSpan, object? right)
    {
        var leftList = AsList(left);
        var rightList = AsList(right);
        var count = 0;
        switch (op)
        {
            case BinaryOperator.Add:
            case BinaryOperator.CompareEqual or BinaryOperator.CompareNotEqual:
            case BinaryOperator.CompareLess or BinaryOperator.CompareLessOrEqual:
            case BinaryOperator.CompareGreater or BinaryOperator.CompareGreaterOrEqual:
                RequireArray(context, leftList is null ? leftSpan : rightSpan, op, left, right, leftList is null ? "left" : rightList is null ? "right" : null);
                break;
            case BinaryOperator.Multiply:
                if ((leftList is null) == (rightList is null))
                {
                    throw NotSupported(span, op, left, right, " Expecting only one array for the left or right argument.");
                }

                count = ScriptValue.ToInt(leftList is null ? left : right);
                if (count < 0)
                {
                    throw NotSupported(leftList is null ? leftSpan : rightSpan, op, left, right, $" Integer {count} cannot be negative when multiplying");
                }

                break;
            case BinaryOperator.ShiftLeft:
                RequireArray(context, leftSpan, op, left, right, leftList is null ? "left" : null);
                break;
            case BinaryOperator.ShiftRight:
                RequireArray(context, rightSpan, op, left, right, rightList is null ? "right" : null);
                break;
            default:
                throw NotSupported(span, op, left, right, string.Empty);
        }

        return op switch
        {
            BinaryOperator.Add => Concat(leftList!, rightList!),
            BinaryOperator.Multiply => RepeatList((leftList ?? rightList)!, count),
            BinaryOperator.ShiftLeft => Append(leftList!, right),
            BinaryOperator.ShiftRight => Prepend(left, rightList!),
            _ => ScriptValue.Box(CompareLists(context, span, op, leftList!, rightList!)),
        };
    }

    private static void RequireArray(TemplateContext context, SourceSpan span, BinaryOperator op, object? left, object? right, string? missingSide)
    {
        _ = context;
        if (missingSide is not null)
        {
            throw NotSupported(span, op, left, right, $" Expecting an array for the {missingSide} argument.");
        }
    }

    private static ScriptRuntimeException NotSupported(SourceSpan span, BinaryOperator op, object? left, object? right, string reason)
        => new(span, $"The operator `{op.ToText()}` is not supported between {ScriptValue.GetTypeName(left)} and {ScriptValue.GetTypeName(right)}.{reason}");

    private static IList? AsList(object? value) => value switch
    {
        IList list => list,
        string => null,
        IEnumerable enumerable => new ScriptArray(enumerable.Cast<object?>()),
        _ => null,
    };

    private static ScriptArray Concat(IList left, IList right)
    {
        var result = new ScriptArray(left.Count + right.Count);
        foreach (var item in left)
        {
            result.Add(item);
        }

        foreach (var item in right)
        {
            result.Add(item);
        }

        return result;
    }

    private static ScriptArray RepeatList(IList list, int count)
    {
        var result = new ScriptArray(list.Count * count);
        for (var i = 0; i < count; i++)
        {
            foreach (var item in list)
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static ScriptArray Append(IList list, object? value)
    {
        var result = Concat(list, Array.Empty<object?>());
        result.Add(value);
        return result;
    }

    private static ScriptArray Prepend(object? value, IList list)
    {
        var result = Concat(list, Array.Empty<object?>());
        result.Insert(0, value);
        return result;
    }

    private static bool CompareLists(TemplateContext context, SourceSpan span, BinaryOperator op, IList left, IList right)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new ScriptRuntimeException(span, "Structure is too deeply nested or contains reference loops.");
        }

        var compare = left.Count.CompareTo(right.Count);
        switch (op)
        {
            case BinaryOperator.CompareEqual when compare != 0:
                return false;
            case BinaryOperator.CompareNotEqual when compare != 0:
                return true;
            case BinaryOperator.CompareNotEqual when left.Count == 0:
                return false;
            case BinaryOperator.CompareLess or BinaryOperator.CompareLessOrEqual when compare != 0:
                return compare < 0;
            case BinaryOperator.CompareGreater or BinaryOperator.CompareGreaterOrEqual when compare != 0:
                return compare > 0;
            case BinaryOperator.CompareLess or BinaryOperator.CompareGreater when left.Count == 0:
                return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (!ScriptValue.IsTruthy(Evaluate(context, span, op, left[i], right[i])))
            {
                return false;
            }
        }

        return true;
    }
}
