using System.Text;
using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Runtime;

internal sealed partial class Evaluator
{
    /// <summary>Evaluates an expression; a function value reached by name is called (auto-call).</summary>
    public object? Evaluate(Expression expression)
    {
        switch (expression.Kind)
        {
            case ExpressionKind.Literal:
                return ((LiteralExpression)expression).Value;
            case ExpressionKind.Variable:
                return AutoCall(expression, GetVariable((VariableExpression)expression));
            case ExpressionKind.Member:
                return AutoCall(expression, GetMember((MemberExpression)expression));
            case ExpressionKind.Indexer:
                return AutoCall(expression, GetIndexed((IndexerExpression)expression));
            case ExpressionKind.FunctionCall:
                return EvaluateCall((FunctionCallExpression)expression);
            case ExpressionKind.Binary:
                return EvaluateBinary((BinaryExpression)expression);
            case ExpressionKind.Pipe:
                return EvaluatePipe((PipeExpression)expression);
            default:
                return EvaluateOther(expression);
        }
    }

    private object? EvaluateOther(Expression expression)
    {
        switch (expression.Kind)
        {
            case ExpressionKind.Nested:
                return Evaluate(((NestedExpression)expression).Inner);
            case ExpressionKind.Unary:
                return EvaluateUnary((UnaryExpression)expression);
            case ExpressionKind.Conditional:
                var conditional = (ConditionalExpression)expression;
                return Evaluate(ScriptValue.IsTruthy(Evaluate(conditional.Condition)) ? conditional.Then : conditional.Else);
            case ExpressionKind.This:
                return _context.CurrentGlobal;
            case ExpressionKind.ArrayInitializer:
                return EvaluateArray((ArrayInitializerExpression)expression);
            case ExpressionKind.ObjectInitializer:
                return EvaluateObject((ObjectInitializerExpression)expression);
            case ExpressionKind.InterpolatedString:
                return EvaluateInterpolation((InterpolatedStringExpression)expression);
            case ExpressionKind.AnonymousFunction:
                return new ScriptFunctionValue(((AnonymousFunctionExpression)expression).Function, _source);
            case ExpressionKind.IsEmpty:
                return EvaluateIsEmpty((IsEmptyExpression)expression);
            case ExpressionKind.IncrementDecrement:
                return EvaluateIncrement((IncrementDecrementExpression)expression);
            case ExpressionKind.Assign:
                ExecuteAssign((AssignExpression)expression);
                return null;
            case ExpressionKind.NamedArgument:
                var named = (NamedArgumentExpression)expression;
                return named.Value is null ? ScriptValue.Box(true) : Evaluate(named.Value);
            default:
                throw new ScriptRuntimeException(expression.Span, $"The expression `{TextOf(expression)}` is not supported.");
        }
    }

    private object? EvaluateBinary(BinaryExpression binary)
    {
        var left = Evaluate(binary.Left);
        switch (binary.Operator)
        {
            case BinaryOperator.And:
                return ScriptValue.Box(ScriptValue.IsTruthy(left) && ScriptValue.IsTruthy(Evaluate(binary.Right)));
            case BinaryOperator.Or:
                return ScriptValue.Box(ScriptValue.IsTruthy(left) || ScriptValue.IsTruthy(Evaluate(binary.Right)));
        }

        var right = Evaluate(binary.Right);
        return ScriptOperators.Evaluate(_context, binary.OperatorSpan, binary.Operator, binary.Left.Span, left, binary.Right.Span, right);
    }

    private object? EvaluateUnary(UnaryExpression unary)
    {
        switch (unary.Operator)
        {
            case UnaryOperator.Not:
                return ScriptValue.Box(!ScriptValue.IsTruthy(Evaluate(unary.Operand)));
            case UnaryOperator.FunctionAlias:
                return EvaluateWithoutCall(unary.Operand);
            case UnaryOperator.Spread:
                return Evaluate(unary.Operand);
        }

        var value = Evaluate(unary.Operand);
        if (value is null)
        {
            return null;
        }

        if (!ScriptValue.IsNumber(value))
        {
            var symbol = unary.Operator == UnaryOperator.Negate ? "-" : "+";
            throw new ScriptRuntimeException(unary.Span, $"Unexpected value `{_context.ToText(value)}` / Type `{ScriptValue.GetTypeName(value)}` for unary minus/plus operator `{symbol}`");
        }

        return unary.Operator == UnaryOperator.Plus
            ? value
            : ScriptOperators.Evaluate(_context, unary.Span, BinaryOperator.Subtract, ScriptValue.Box(0), value);
    }

    private ScriptArray EvaluateArray(ArrayInitializerExpression array)
    {
        var result = new ScriptArray(array.Items.Length);
        foreach (var item in array.Items)
        {
            result.Add(Evaluate(item));
        }

        return result;
    }

    private ScriptObject EvaluateObject(ObjectInitializerExpression initializer)
    {
        var result = new ScriptObject(initializer.Members.Length);
        foreach (var member in initializer.Members)
        {
            result[member.Key] = Evaluate(member.Value);
        }

        return result;
    }

    private string EvaluateInterpolation(InterpolatedStringExpression interpolation)
    {
        var builder = new StringBuilder();
        foreach (var part in interpolation.Parts)
        {
            builder.Append(_context.ToText(Evaluate(part)));
        }

        return builder.ToString();
    }

    private object? EvaluateIsEmpty(IsEmptyExpression expression)
    {
        var value = Evaluate(expression.Target);
        return value switch
        {
            null => null,
            string text => ScriptValue.Box(text.Length == 0),
            EmptyScriptObject => ScriptValue.Box(true),
            _ => ScriptValue.Box(ScriptOperators.IsEmpty(value)),
        };
    }

    private object? EvaluateIncrement(IncrementDecrementExpression expression)
    {
        var before = Evaluate(expression.Target);
        var op = expression.Increment ? BinaryOperator.Add : BinaryOperator.Subtract;
        var after = ScriptOperators.Evaluate(_context, expression.Span, op, before, ScriptValue.Box(1));
        SetValue(expression.Target, after);
        return expression.Post ? before : after;
    }
}
