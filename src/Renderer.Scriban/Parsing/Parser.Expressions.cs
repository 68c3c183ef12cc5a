using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Parsing;

public sealed partial class Parser
{
    private Expression? ExpectAndParseExpression(
        ExpressionContext context,
        bool noCall = false,
        int precedence = 0,
        string? message = null,
        ExpressionMode mode = ExpressionMode.Default,
        bool allowAssignment = true)
    {
        if (!_fatal && IsStartOfExpression())
        {
            return ParseExpression(context, noCall, precedence, mode, allowAssignment);
        }

        if (!_fatal)
        {
            LogError(context.Syntax, SpanOf(_current), message ?? $"Expecting <expression> instead of `{TextOf(_current)}`");
        }

        return null;
    }

    /// <summary>
    /// Precedence climbing with Scriban's juxtaposition calls: after an operand, anything that can
    /// start an expression begins (or continues) a call whose arguments are parsed in this same loop.
    /// </summary>
    private Expression? ParseExpression(
        ExpressionContext context,
        bool noCall = false,
        int precedence = 0,
        ExpressionMode mode = ExpressionMode.Default,
        bool allowAssignment = true)
    {
        var originalMode = mode;
        if (mode == ExpressionMode.When)
        {
            mode = ExpressionMode.Default;
        }

        _expressionLevel++;
        var depthBefore = _depth;
        try
        {
            if (!EnterDepth())
            {
                return null;
            }

            var state = new ExpressionState(context, noCall, precedence, mode, originalMode, allowAssignment);
            return ParseExpressionLoop(ref state);
        }
        finally
        {
            // Operators and member links parsed in the loop also counted as depth (the tree nests
            // them): restore the level this expression started at.
            _depth = depthBefore;
            _expressionLevel--;
        }
    }

    private Expression? ParseExpressionLoop(ref ExpressionState state)
    {
        var operandCount = 0;
        var operandDepth = _depth;
        while (true)
        {
            // Each juxtaposition argument starts its own chain of operators and member links.
            _depth = operandDepth;
            operandCount++;
            var left = ParseOperand();
            if (left is null)
            {
                LogError(_current, state.Call is null
                    ? $"Unexpected token `{TextOf(_current)}` while parsing expression"
                    : $"Unexpected token `{TextOf(_current)}` while parsing function call `{SourceText(SpanFrom(state.Call.Target.Span.Start))}`");
                return null;
            }

            if (left is VariableExpression { Scope: VariableScope.BlockDelegate })
            {
                if (operandCount != 1 || _expressionLevel > 1)
                {
                    LogError(left.Span, "Cannot use block delegate $$ in a nested expression");
                }

                if (!state.Context.IsExpressionStatement)
                {
                    LogError(state.Context.Syntax, left.Span, "Cannot use block delegate $$ outside an expression statement");
                }

                return left;
            }

            var outcome = left is AnonymousFunctionExpression ? LoopOutcome.Done : ParsePostfixAndOperators(ref state, ref left);
            if (outcome == LoopOutcome.NextOperand)
            {
                continue;
            }

            if (outcome == LoopOutcome.Return)
            {
                return left;
            }

            if (state.Call is not null)
            {
                return state.Call.Close(left, _previous.End);
            }

            return left;
        }
    }
}
