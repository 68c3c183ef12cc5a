using System.Collections;
using System.Numerics;
using System.Text;
using Renderer.Scriban.Parsing;
using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Runtime;

/// <summary>
/// Binary operators with Scriban's type rules (§2.4–2.6): strings first, then <c>empty</c>, then
/// arrays, then nulls and numbers by the widest type. Builtins such as <c>math.plus</c> reuse these.
/// </summary>
public static partial class ScriptOperators
{
    public static object? Evaluate(TemplateContext context, SourceSpan span, BinaryOperator op, object? left, object? right)
        => Evaluate(context, span, op, span, left, span, right);

    internal static object? Evaluate(
        TemplateContext context, SourceSpan span, BinaryOperator op,
        SourceSpan leftSpan, object? left, SourceSpan rightSpan, object? right)
    {
        switch (op)
        {
            case BinaryOperator.EmptyCoalescing:
                return left ?? right;
            case BinaryOperator.NotEmptyCoalescing:
                return left is not null ? right : null;
            case BinaryOperator.And:
                return ScriptValue.Box(ScriptValue.IsTruthy(left) && ScriptValue.IsTruthy(right));
            case BinaryOperator.Or:
                return ScriptValue.Box(ScriptValue.IsTruthy(left) || ScriptValue.IsTruthy(right));
        }

        try
        {
            if (left is string || right is string)
            {
                return StringOperation(context, span, op, leftSpan, left, rightSpan, right);
            }

            if (left is EmptyScriptObject || right is EmptyScriptObject)
            {
                return EmptyOperation(span, op, left, right);
            }

            if (IsSequence(left) || IsSequence(right))
            {
                return ArrayOperation(context, span, op, leftSpan, left, rightSpan, right);
            }

            return OtherOperation(context, span, op, left, right);
        }
        catch (Exception ex) when (ex is not ScriptRuntimeException)
        {
            throw new ScriptRuntimeException(span, ex.Message, ex);
        }
    }

    /// <summary>The <c>==</c> of templates.</summary>
    public static bool AreEqual(TemplateContext context, SourceSpan span, object? left, object? right)
        => ScriptValue.IsTruthy(Evaluate(context, span, BinaryOperator.CompareEqual, left, right));

    private static object StringOperation(
        TemplateContext context, SourceSpan span, BinaryOperator op,
        SourceSpan leftSpan, object? left, SourceSpan rightSpan, object? right)
    {
        // A null (or empty) operand stays null here, not "", so `"" == null` and `'' == empty` are false as in Scriban.
        var leftText = left is null or EmptyScriptObject ? null : context.ToText(left);
        var rightText = right is null or EmptyScriptObject ? null : context.ToText(right);
        switch (op)
        {
            case BinaryOperator.Add:
                return leftText + rightText;
            case BinaryOperator.Multiply:
                return Repeat(context, span, left, leftSpan, right, rightSpan);
            case BinaryOperator.CompareEqual:
                return ScriptValue.Box(string.Equals(leftText, rightText, StringComparison.Ordinal));
            case BinaryOperator.CompareNotEqual:
                return ScriptValue.Box(!string.Equals(leftText, rightText, StringComparison.Ordinal));
            case BinaryOperator.CompareGreater:
                return ScriptValue.Box(string.CompareOrdinal(leftText, rightText) > 0);
            case BinaryOperator.CompareLess:
                return ScriptValue.Box(string.CompareOrdinal(leftText, rightText) < 0);
            case BinaryOperator.CompareGreaterOrEqual:
                return ScriptValue.Box(string.CompareOrdinal(leftText, rightText) >= 0);
            case BinaryOperator.CompareLessOrEqual:
                return ScriptValue.Box(string.CompareOrdinal(leftText, rightText) <= 0);
            default:
                throw new ScriptRuntimeException(span, $"Operator `{op.ToText()}` is not supported on string objects");
        }
    }

    private static string Repeat(TemplateContext context, SourceSpan span, object? left, SourceSpan leftSpan, object? right, SourceSpan rightSpan)
    {
        var countSpan = rightSpan;
        if (right is string)
        {
            (left, right) = (right, left);
            countSpan = leftSpan;
        }

        int count;
        try
        {
            if (right is double or float or decimal && ScriptValue.ToDecimal(right) % 1 != 0)
            {
                throw new InvalidCastException();
            }

            count = ScriptValue.ToInt(right);
        }
        catch (Exception ex) when (ex is InvalidCastException or OverflowException or FormatException)
        {
            throw new ScriptRuntimeException(countSpan, "Expecting an integer. The operator `*` is not supported for the expression. Only working on string x int or int x string");
        }

        var text = left is null ? string.Empty : context.ToText(left);
        if (context.LimitToString > 0 && count > 0 && (long)text.Length * count > context.LimitToString)
        {
            throw new ScriptRuntimeException(countSpan, $"String multiplication exceeds LimitToString `{context.LimitToString}`.");
        }

        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(text);
        }

        return builder.ToString();
    }

    private static object? EmptyOperation(SourceSpan span, BinaryOperator op, object? left, object? right)
    {
        var leftEmpty = left is EmptyScriptObject;
        var rightEmpty = right is EmptyScriptObject;
        if (leftEmpty && rightEmpty)
        {
            return op switch
            {
                BinaryOperator.CompareEqual or BinaryOperator.CompareGreaterOrEqual or BinaryOperator.CompareLessOrEqual => ScriptValue.Box(true),
                BinaryOperator.CompareNotEqual or BinaryOperator.CompareGreater or BinaryOperator.CompareLess => ScriptValue.Box(false),
                _ => EmptyScriptObject.Instance,
            };
        }

        var isEmpty = IsEmpty(leftEmpty ? right : left);
        return op switch
        {
            BinaryOperator.CompareEqual or BinaryOperator.CompareGreaterOrEqual or BinaryOperator.CompareLessOrEqual => ScriptValue.Box(isEmpty),
            BinaryOperator.CompareNotEqual => ScriptValue.Box(!isEmpty),
            BinaryOperator.CompareGreater or BinaryOperator.CompareLess => ScriptValue.Box(false),
            BinaryOperator.ShiftLeft or BinaryOperator.ShiftRight => throw new ScriptRuntimeException(span,
                $"Operator `{op.ToText()}` is not implemented for `{(leftEmpty ? "empty" : ScriptValue.ToText(left))}` / `{(rightEmpty ? "empty" : ScriptValue.ToText(right))}`"),
            _ => EmptyScriptObject.Instance,
        };
    }

    private static bool IsSequence(object? value) => value is IEnumerable and not string and not ScriptObject;

    /// <summary>What <c>x == empty</c> tests: an empty collection or an object without members.</summary>
    public static bool IsEmpty(object? value) => value switch
    {
        null => false,
        ScriptObject obj => obj.Count == 0,
        ICollection collection => collection.Count == 0,
        IReadOnlyCollection<object?> collection => collection.Count == 0,
        string => false,
        IEnumerable enumerable => !enumerable.GetEnumerator().MoveNext(),
        _ => false,
    };
}
