using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Parsing;

public sealed partial class Parser
{
    private LoopOutcome ParsePostfixAndOperators(ref ExpressionState state, ref Expression left)
    {
        while (!_fatal)
        {
            if (_current.Kind is TokenKind.Dot or TokenKind.QuestionDot)
            {
                if (!EnterDepth() || !TryParseMember(ref left))
                {
                    return LoopOutcome.Return;
                }

                continue;
            }

            if (_current.Kind is TokenKind.DoublePlus or TokenKind.DoubleMinus)
            {
                left = ParsePostfixIncrement(left);
            }

            if (_current.Kind == TokenKind.OpenBracket && !IsPreviousCharWhitespace()
                && (IsVariablePath(left) || left is LiteralExpression or FunctionCallExpression))
            {
                if (!EnterDepth())
                {
                    return LoopOutcome.Return;
                }

                left = ParseIndexer(state, left);
                continue;
            }

            if (state.Mode == ExpressionMode.Basic)
            {
                return LoopOutcome.Done;
            }

            if (state.Mode != ExpressionMode.NoNamedArgument && _current.Kind == TokenKind.Colon)
            {
                left = ParseNamedArgumentValue(state, left);
                return LoopOutcome.Done;
            }

            if (TryParseInlineFunction(left, state.AllowAssignment))
            {
                left = NullLiteral();
                return LoopOutcome.Return;
            }

            if (TryGetAssignOperator(out var assignOperator))
            {
                left = ParseAssign(state, left, assignOperator);
                return LoopOutcome.Done;
            }

            if (TryGetBinaryOperator(out var op, out var opPrecedence))
            {
                if ((state.OriginalMode == ExpressionMode.When && op == BinaryOperator.Or) || opPrecedence <= state.Precedence)
                {
                    return LoopOutcome.Done;
                }

                // Each operator nests the tree one level deeper, so it counts against the depth limit.
                if (!EnterDepth())
                {
                    return LoopOutcome.Return;
                }

                left = ParseBinary(state, left, op, opPrecedence);
                continue;
            }

            if (_current.Kind == TokenKind.Question)
            {
                if (state.Precedence > 0)
                {
                    return LoopOutcome.Done;
                }

                if (state.Call is not null)
                {
                    left = state.Call.Close(left, _previous.End);
                    state.Call = null;
                }

                left = ParseConditional(left);
                return LoopOutcome.Done;
            }

            if (IsStartOfExpression())
            {
                return ParseCallContinuation(ref state, ref left);
            }

            if (state.Precedence > 0)
            {
                return LoopOutcome.Done;
            }

            if (state.Context.IsPipeTarget && state.Call is null && IsVariablePath(left))
            {
                left = new FunctionCallExpression(left.Span, left, [], false);
            }

            if (_current.Kind is TokenKind.VerticalBar or TokenKind.PipeGreater)
            {
                if (state.Call is not null)
                {
                    left = state.Call.Close(left, _previous.End);
                    state.Call = null;
                }

                left = ParsePipe(left);
                return LoopOutcome.Return;
            }

            return LoopOutcome.Done;
        }

        return LoopOutcome.Return;
    }

    private bool TryParseMember(ref Expression left)
    {
        var next = PeekToken();
        if (next.Kind != TokenKind.Identifier)
        {
            LogError(next, $"Invalid token `{next.Kind}`. The dot operator is expected to be followed by a plain identifier");
            return false;
        }

        var dot = _current;
        NextToken();
        var memberToken = _current;
        var member = string.Intern(TextOf(memberToken));
        if ((member == "empty" || member == "blank") && PeekToken().Kind == TokenKind.Question)
        {
            NextToken();
            NextToken();
            left = new IsEmptyExpression(SpanFrom(left.Span.Start), left);
            return true;
        }

        NextToken();
        var nullSafe = dot.Kind == TokenKind.QuestionDot || IsNullSafe(left);
        left = new MemberExpression(SpanFrom(left.Span.Start), left, member, SpanOf(memberToken), nullSafe);
        return true;
    }

    private Expression ParsePostfixIncrement(Expression left)
    {
        var token = _current;
        if (!IsVariablePath(left))
        {
            LogError(_current, "The operand of an increment or decrement operator must be a variable, property or indexer");
        }

        NextToken();
        return new IncrementDecrementExpression(SpanFrom(left.Span.Start), left, token.Kind == TokenKind.DoublePlus, true);
    }

    private IndexerExpression ParseIndexer(ExpressionState state, Expression left)
    {
        NextToken(); // [
        var index = ExpectAndParseExpression(
            new ExpressionContext(SyntaxDescription.Indexer),
            noCall: state.Call is not null || state.NoCall,
            message: $"Expecting <index_expression> instead of `{TextOf(_current)}`",
            mode: state.Mode);
        if (_current.Kind != TokenKind.CloseBracket)
        {
            LogError(_current, $"Unexpected `{TextOf(_current)}`. Expecting ']'");
        }
        else
        {
            NextToken();
        }

        return new IndexerExpression(SpanFrom(left.Span.Start), left, index ?? NullLiteral(), IsNullSafe(left));
    }

    private Expression ParseNamedArgumentValue(ExpressionState state, Expression left)
    {
        if (left is not VariableExpression variable)
        {
            LogError(left.Span, "Expecting a simple global or local variable before `:` in order to create a named argument");
            return left;
        }

        NextToken(); // :
        var value = ExpectAndParseExpression(state.Context);
        return new NamedArgumentExpression(SpanFrom(left.Span.Start), variable.Name, value);
    }

    private AssignExpression ParseAssign(ExpressionState state, Expression left, BinaryOperator? op)
    {
        if (!IsVariablePath(left) || state.Call is not null || _expressionLevel > 1 || !state.AllowAssignment)
        {
            LogError(SyntaxDescription.Assign, new SourceSpan(_sourceName, left.Span.Start, left.Span.Start), "Expression is only allowed for a top level assignment");
        }

        NextToken();
        var value = ExpectAndParseExpression(new ExpressionContext(SyntaxDescription.Assign), noCall: state.NoCall);
        return new AssignExpression(SpanFrom(left.Span.Start), left, op, value ?? NullLiteral());
    }

    private BinaryExpression ParseBinary(ExpressionState state, Expression left, BinaryOperator op, int precedence)
    {
        var opToken = _current;
        NextToken();
        var right = ExpectAndParseExpression(
            new ExpressionContext(SyntaxDescription.Binary),
            noCall: state.Call is not null || state.NoCall,
            precedence: precedence,
            message: $"Expecting an <expression> to the right of the operator instead of `{TextOf(_current)}`",
            mode: state.Mode);
        return new BinaryExpression(SpanFrom(left.Span.Start), op, left, right ?? NullLiteral(), SpanOf(opToken));
    }

    private ConditionalExpression ParseConditional(Expression condition)
    {
        NextToken(); // ?
        var context = new ExpressionContext(SyntaxDescription.Conditional);
        var then = ExpectAndParseExpression(context, mode: ExpressionMode.NoNamedArgument);
        if (_current.Kind == TokenKind.Colon)
        {
            NextToken();
        }
        else
        {
            LogError(_current, $"Unexpected token found `{TextOf(_current)}` while expecting `:`.");
        }

        var otherwise = ExpectAndParseExpression(context, mode: ExpressionMode.NoNamedArgument);
        return new ConditionalExpression(SpanFrom(condition.Span.Start), condition, then ?? NullLiteral(), otherwise ?? NullLiteral());
    }

    private PipeExpression ParsePipe(Expression from)
    {
        // A pipe may continue on the next line: newlines right after `|` are skipped.
        _allowNewLineLevel++;
        NextToken();
        _allowNewLineLevel--;
        var to = ExpectAndParseExpression(new ExpressionContext(SyntaxDescription.Pipe, IsPipeTarget: true));
        return new PipeExpression(SpanFrom(from.Span.Start), from, to ?? NullLiteral());
    }
}
