using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Parsing;

public sealed partial class Parser
{
    /// <summary>An operand is followed by something that starts an expression: a call begins or gets another argument.</summary>
    private LoopOutcome ParseCallContinuation(ref ExpressionState state, ref Expression left)
    {
        if (state.NoCall)
        {
            return LoopOutcome.Done;
        }

        if (_current.Kind == TokenKind.Identifier && (state.Context.IsNamedArgumentContainer || PeekToken().Kind == TokenKind.Colon))
        {
            return ParseNamedArguments(ref state, ref left);
        }

        var isExplicit = _current.Kind == TokenKind.OpenParen && !IsPreviousCharWhitespace();
        if (state.Call is null || isExplicit)
        {
            if (isExplicit)
            {
                left = ParseExplicitCall(left);
                return ParsePostfixAndOperators(ref state, ref left);
            }

            state.Call = new CallBuilder(left);
            return LoopOutcome.NextOperand;
        }

        state.Call.Add(left);
        return LoopOutcome.NextOperand;
    }

    /// <summary><c>name: value</c> arguments of a call, or the parameters of a for loop (<c>offset: 1 reversed</c>).</summary>
    private LoopOutcome ParseNamedArguments(ref ExpressionState state, ref Expression left)
    {
        var container = state.Context.IsNamedArgumentContainer ? state.Context.NamedArguments : null;
        if (container is null)
        {
            if (state.Call is null)
            {
                state.Call = new CallBuilder(left);
            }
            else
            {
                state.Call.Add(left);
            }
        }

        while (_current.Kind == TokenKind.Identifier && (container is not null || PeekToken().Kind == TokenKind.Colon))
        {
            var start = _current.Start;
            var name = ParseVariable();
            if (name is not VariableExpression variable)
            {
                LogError(name.Span, "Invalid identifier passed as a named argument. Expecting a simple variable name");
                break;
            }

            Expression? value = null;
            if (_current.Kind == TokenKind.Colon)
            {
                NextToken();
                value = ExpectAndParseExpression(state.Context, mode: ExpressionMode.Basic);
            }

            var argument = new NamedArgumentExpression(SpanFrom(start), variable.Name, value);
            if (container is not null)
            {
                container.Add(argument);
            }
            else
            {
                state.Call!.Add(argument);
                if (value is AnonymousFunctionExpression)
                {
                    break;
                }
            }
        }

        if (container is not null || !IsStartOfExpression())
        {
            if (state.Call is not null)
            {
                left = state.Call.Build(_previous.End);
                state.Call = null;
            }

            return LoopOutcome.Return;
        }

        return LoopOutcome.NextOperand;
    }

    /// <summary><c>f(a, b)</c>: only when <c>(</c> touches the name; newlines are not allowed inside.</summary>
    private FunctionCallExpression ParseExplicitCall(Expression target)
    {
        NextToken(); // (
        var arguments = new List<Expression>();
        bool first = true, closed = false;
        var context = new ExpressionContext(SyntaxDescription.FunctionCall);
        while (!_fatal)
        {
            if (_current.Kind == TokenKind.CloseParen)
            {
                NextToken();
                closed = true;
                break;
            }

            if (!first)
            {
                if (_current.Kind == TokenKind.Comma)
                {
                    NextToken();
                }
                else
                {
                    LogError(_current, "Expecting a comma to separate arguments in a function call.");
                }
            }

            first = false;
            if (!IsStartOfExpression())
            {
                LogError(_current, "Expecting an expression for argument function calls instead of this token.");
                break;
            }

            var argument = ParseExpression(context);
            if (argument is null)
            {
                break;
            }

            arguments.Add(argument);
        }

        if (!closed)
        {
            LogError(_current, "Expecting a closing parenthesis for a function call.");
        }

        return new FunctionCallExpression(SpanFrom(target.Span.Start), target, [.. arguments], true);
    }
}
