using System.Collections;
using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Runtime;

internal sealed partial class Evaluator
{
    /// <summary>Evaluates without calling a function value (call targets and <c>@f</c>).</summary>
    private object? EvaluateWithoutCall(Expression expression) => expression.Kind switch
    {
        ExpressionKind.Variable => GetVariable((VariableExpression)expression),
        ExpressionKind.Member => GetMember((MemberExpression)expression),
        ExpressionKind.Indexer => GetIndexed((IndexerExpression)expression),
        ExpressionKind.Nested => EvaluateWithoutCall(((NestedExpression)expression).Inner),
        _ => Evaluate(expression),
    };

    private object? GetVariable(VariableExpression variable)
    {
        object? value;
        switch (variable.Scope)
        {
            case VariableScope.Global:
                if (_context.TryGetGlobal(variable.Name, variable.NameHash, out value))
                {
                    return value;
                }

                break;
            case VariableScope.Local:
                if (_context.TryGetLocal(variable.Name, out value))
                {
                    return value;
                }

                break;
            case VariableScope.Arguments:
                return _context.CurrentLocal.Arguments;
            default:
                return null;
        }

        if (_context.StrictVariables)
        {
            throw new ScriptRuntimeException(variable.Span, $"The variable or function `{TextOf(variable)}` was not found");
        }

        return null;
    }

    private object? GetMember(MemberExpression member)
    {
        var target = Evaluate(member.Target);
        if (target is null)
        {
            if (member.NullSafe)
            {
                return null;
            }

            throw new ScriptRuntimeException(member.MemberSpan, $"Cannot get the member {TextOf(member)} for a null object.");
        }

        ScriptValue.TryGetMember(target, member.Member, member.MemberHash, out var value);
        return value;
    }

    private object? GetIndexed(IndexerExpression indexer)
    {
        var target = Evaluate(indexer.Target);
        if (target is null)
        {
            if (indexer.NullSafe)
            {
                return null;
            }

            throw new ScriptRuntimeException(indexer.Span, $"Object `{TextOf(indexer.Target)}` is null. Cannot access indexer: {TextOf(indexer)}");
        }

        var index = Evaluate(indexer.Index);
        switch (target)
        {
            case ScriptArray array when index is not string:
                return array.GetAtOrNull(ScriptValue.ToInt(index));
            case string text:
                var position = ScriptValue.ToInt(index);
                if (position < 0)
                {
                    position += text.Length;
                }

                return (uint)position < (uint)text.Length ? text[position].ToString() : null;
            case IList list when index is not string:
                var at = ScriptValue.ToInt(index);
                if (at < 0)
                {
                    at += list.Count;
                }

                return (uint)at < (uint)list.Count ? list[at] : null;
            default:
                ScriptValue.TryGetMember(target, index is null ? string.Empty : _context.ToText(index), out var value);
                return value;
        }
    }
}
