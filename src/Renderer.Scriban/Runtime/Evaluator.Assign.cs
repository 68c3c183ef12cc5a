using System.Collections;
using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Runtime;

internal sealed partial class Evaluator
{
    private void ExecuteAssign(AssignExpression assign)
    {
        var value = Evaluate(assign.Value);
        if (assign.Operator is { } op)
        {
            var current = Evaluate(assign.Target);
            value = ScriptOperators.Evaluate(_context, assign.Span, op, assign.Target.Span, current, assign.Value.Span, value);
        }

        SetValue(assign.Target, value);
    }

    /// <summary>Assigns to a variable, member or indexer; plain names go to the current global object.</summary>
    private void SetValue(Expression target, object? value)
    {
        switch (target)
        {
            case VariableExpression variable:
                SetVariable(variable, value);
                break;
            case MemberExpression member:
                SetMember(member, value);
                break;
            case IndexerExpression indexer:
                SetIndexed(indexer, value);
                break;
            case NestedExpression nested:
                SetValue(nested.Inner, value);
                break;
            default:
                throw new ScriptRuntimeException(target.Span, $"Unsupported expression for target for assignment: {TextOf(target)} = ...");
        }
    }

    private void SetVariable(VariableExpression variable, object? value)
    {
        switch (variable.Scope)
        {
            case VariableScope.Global:
                var functionScope = _context.CurrentLocal.FunctionScope;
                if (functionScope is not null
                    && (functionScope.ContainsKey(variable.Name) || !_context.TryGetFromGlobalStack(variable.Name, out _)))
                {
                    // Inside a function with parameters: its parameters and new names stay local,
                    // names that already exist globally are updated globally.
                    functionScope[variable.Name] = value;
                    break;
                }

                if (!_context.CurrentGlobal.TrySetValue(variable.Name, value))
                {
                    throw new ScriptRuntimeException(variable.Span, $"Cannot set the readonly variable `{TextOf(variable)}`");
                }

                break;
            case VariableScope.Local:
                _context.CurrentLocal.Locals[variable.Name] = value;
                break;
            default:
                throw new ScriptRuntimeException(variable.Span, $"Cannot set the special variable `{TextOf(variable)}`");
        }
    }

    private void SetMember(MemberExpression member, object? value)
    {
        var target = Evaluate(member.Target);
        switch (target)
        {
            case null:
                throw new ScriptRuntimeException(member.MemberSpan, $"Object `{TextOf(member.Target)}` is null. Cannot access member: {TextOf(member)}");
            case ScriptObject obj:
                if (!obj.TrySetValue(member.Member, value))
                {
                    throw new ScriptRuntimeException(member.MemberSpan, $"Cannot set the readonly variable `{TextOf(member)}`");
                }

                break;
            case ScriptArray array when member.Member != "size":
                array.GetOrCreateMembers()[member.Member] = value;
                break;
            case IDictionary<string, object?> dictionary:
                dictionary[member.Member] = value;
                break;
            default:
                throw new ScriptRuntimeException(member.MemberSpan, $"Cannot set the member `{member.Member}` on a value of type `{ScriptValue.GetTypeName(target)}`");
        }
    }

    private void SetIndexed(IndexerExpression indexer, object? value)
    {
        var target = Evaluate(indexer.Target);
        if (target is null)
        {
            throw new ScriptRuntimeException(indexer.Span, $"Object `{TextOf(indexer.Target)}` is null. Cannot access indexer: {TextOf(indexer)}");
        }

        var index = Evaluate(indexer.Index);
        switch (target)
        {
            case ScriptArray array when index is not string:
                array.SetAtGrowing(ScriptValue.ToInt(index), value);
                break;
            case ScriptArray array:
                array.GetOrCreateMembers()[(string)index] = value;
                break;
            case ScriptObject obj:
                var key = _context.ToText(index);
                if (!obj.TrySetValue(key, value))
                {
                    throw new ScriptRuntimeException(indexer.Span, $"Cannot set the readonly variable `{TextOf(indexer)}`");
                }

                break;
            case IList { IsReadOnly: false } list:
                var at = ScriptValue.ToInt(index);
                list[at < 0 ? at + list.Count : at] = value;
                break;
            default:
                throw new ScriptRuntimeException(indexer.Span, $"Cannot set an indexed value on a value of type `{ScriptValue.GetTypeName(target)}`");
        }
    }
}
