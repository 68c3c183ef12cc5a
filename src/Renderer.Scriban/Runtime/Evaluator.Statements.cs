using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Runtime;

internal sealed partial class Evaluator
{
    private object? ExecuteStatement(Statement statement)
    {
        switch (statement.Kind)
        {
            case StatementKind.Raw:
                if (_outputEnabled)
                {
                    WriteRaw(((RawStatement)statement).Text);
                }

                return null;
            case StatementKind.Expression:
                return ExecuteExpressionStatement((ExpressionStatement)statement);
            case StatementKind.If:
                return ExecuteIf((IfStatement)statement);
            case StatementKind.For:
                return ExecuteFor((ForStatement)statement);
            case StatementKind.Block:
                return ExecuteBlock((BlockStatement)statement);
            case StatementKind.Else:
                return ExecuteBlock(((ElseStatement)statement).Body);
            case StatementKind.Case:
                return ExecuteCase((CaseStatement)statement);
            case StatementKind.While:
                return ExecuteWhile((WhileStatement)statement);
            case StatementKind.Break:
            case StatementKind.Continue:
                return ExecuteBreakOrContinue(statement);
            case StatementKind.Capture:
                return ExecuteCapture((CaptureStatement)statement);
            case StatementKind.Function:
                return ExecuteFunctionStatement((FunctionStatement)statement);
            case StatementKind.Return:
                var ret = (ReturnStatement)statement;
                var value = ret.Value is null ? null : Evaluate(ret.Value);
                _flow = FlowState.Return;
                return value;
            case StatementKind.ReadOnly:
                var variable = ((ReadOnlyStatement)statement).Variable;
                _context.CurrentGlobal.SetReadOnly(variable.Name, true);
                return null;
            case StatementKind.Import:
                return ExecuteImport((ImportStatement)statement);
            case StatementKind.With:
                return ExecuteWith((WithStatement)statement);
            case StatementKind.Wrap:
                return ExecuteWrap((WrapStatement)statement);
            default:
                throw new ScriptRuntimeException(statement.Span, $"The statement `{statement.Kind}` is not supported.");
        }
    }

    private object? ExecuteExpressionStatement(ExpressionStatement statement)
    {
        var expression = statement.Expression;
        if (expression.Kind == ExpressionKind.Assign)
        {
            ExecuteAssign((AssignExpression)expression);
            return null;
        }

        if (expression is VariableExpression { Scope: VariableScope.BlockDelegate })
        {
            return ExecuteBlockDelegate(expression);
        }

        return Evaluate(expression);
    }

    private object? ExecuteIf(IfStatement statement)
    {
        while (true)
        {
            if (ScriptValue.IsTruthy(Evaluate(statement.Condition)))
            {
                return ExecuteBlock(statement.Then);
            }

            switch (statement.Else)
            {
                case IfStatement elseIf:
                    statement = elseIf;
                    continue;
                case ElseStatement otherwise:
                    return ExecuteBlock(otherwise.Body);
                default:
                    return null;
            }
        }
    }

    private object? ExecuteCase(CaseStatement statement)
    {
        var value = Evaluate(statement.Value);
        var condition = statement.First;
        while (condition is WhenStatement when)
        {
            foreach (var candidate in when.Values)
            {
                var expected = Evaluate(candidate);
                if (ScriptOperators.AreEqual(_context, candidate.Span, value, expected))
                {
                    return ExecuteBlock(when.Body);
                }
            }

            condition = when.Next;
        }

        return condition is ElseStatement otherwise ? ExecuteBlock(otherwise.Body) : null;
    }

    private object? ExecuteBreakOrContinue(Statement statement)
    {
        var isBreak = statement.Kind == StatementKind.Break;
        if (!_context.IsInLoop)
        {
            throw new ScriptRuntimeException(statement.Span, $"The <{(isBreak ? "break" : "continue")}> statement can only be used inside for/while loops");
        }

        _flow = isBreak ? FlowState.Break : FlowState.Continue;
        return null;
    }

    private object? ExecuteCapture(CaptureStatement statement)
    {
        var savedOutput = _output;
        string text;
        using (var captured = new OutputWriter())
        {
            _output = captured;
            try
            {
                ExecuteBlock(statement.Body);
            }
            finally
            {
                _output = savedOutput;
            }

            text = captured.ToString();
        }

        SetValue(statement.Target, text);
        return null;
    }

    private object? ExecuteFunctionStatement(FunctionStatement statement)
    {
        var declaration = statement.Function;
        var function = new ScriptFunctionValue(declaration, _source);
        var target = new VariableExpression(statement.Span, declaration.Name ?? string.Empty, declaration.NameScope);
        SetValue(target, function);
        return null;
    }

    private object? ExecuteImport(ImportStatement statement)
    {
        var value = Evaluate(statement.Value);
        if (value is null)
        {
            return null;
        }

        if (value is not ScriptObject source)
        {
            throw new ScriptRuntimeException(statement.Value.Span, $"Unexpected value `{_context.ToText(value)}` for import. Expecting an plain script object {{}}");
        }

        var target = _context.CurrentGlobal;
        foreach (var pair in source)
        {
            if (!target.IsReadOnly(pair.Key))
            {
                target[pair.Key] = pair.Value;
            }
        }

        return null;
    }

    private object? ExecuteWith(WithStatement statement)
    {
        var value = Evaluate(statement.Target);
        if (value is not ScriptObject target)
        {
            throw new ScriptRuntimeException(statement.Target.Span,
                $"Invalid target property `{TextOf(statement.Target)}` used for [with] statement. Must be a ScriptObject instead of `{ScriptValue.GetTypeName(value)}`");
        }

        _context.PushGlobalOnly(target);
        try
        {
            return ExecuteBlock(statement.Body);
        }
        finally
        {
            _context.PopGlobalOnly();
        }
    }
}
