using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Parsing;

public sealed partial class Parser
{
    private IfStatement ParseIf()
    {
        var start = _current.Start;
        ConsumeKeyword();
        var condition = ExpectAndParseExpression(new ExpressionContext(SyntaxDescription.If), allowAssignment: false);
        var owner = new BlockOwner(BlockOwnerKind.If, SyntaxDescription.If);
        var then = ExpectEndOfStatement() ? ParseBlock(owner) : EmptyBlock();
        return new IfStatement(SpanFrom(start), condition ?? NullLiteral(), then, owner.Continuation);
    }

    /// <summary><c>else</c> or <c>else if …</c> (the latter is an if statement chained as the else branch).</summary>
    private Statement ParseElse()
    {
        var start = _current.Start;
        var next = PeekToken();
        if (IsIdentifier(next, "if"))
        {
            ConsumeKeyword();
            return ParseIf();
        }

        ConsumeKeyword();
        var owner = new BlockOwner(BlockOwnerKind.Else, SyntaxDescription.Else);
        var body = ExpectEndOfStatement() ? ParseBlock(owner) : EmptyBlock();
        return new ElseStatement(SpanFrom(start), body);
    }

    private CaseStatement ParseCase()
    {
        var start = _current.Start;
        ConsumeKeyword();
        var value = ExpectAndParseExpression(new ExpressionContext(SyntaxDescription.Case), allowAssignment: false);
        Statement? first = null;
        if (ExpectEndOfStatement())
        {
            var body = ParseBlock(new BlockOwner(BlockOwnerKind.Case, SyntaxDescription.Case));
            first = Array.Find(body.Statements, static s => s is WhenStatement or ElseStatement);
        }

        return new CaseStatement(SpanFrom(start), value ?? NullLiteral(), first);
    }

    private WhenStatement ParseWhen()
    {
        var start = _current.Start;
        ConsumeKeyword();
        var values = new List<Expression>();
        var context = new ExpressionContext(SyntaxDescription.When);
        while (IsStartOfExpression())
        {
            var value = ParseExpression(context, mode: ExpressionMode.When, allowAssignment: false);
            if (value is null)
            {
                break;
            }

            values.Add(value);
            if (_current.Kind is TokenKind.Comma or TokenKind.DoubleVerticalBar)
            {
                NextToken();
            }
        }

        if (values.Count == 0)
        {
            LogError(_current, "When is expecting at least one value.");
        }

        var owner = new BlockOwner(BlockOwnerKind.When, SyntaxDescription.When);
        var body = ExpectEndOfStatement() ? ParseBlock(owner) : EmptyBlock();
        return new WhenStatement(SpanFrom(start), [.. values], body, owner.Continuation);
    }

    private WhileStatement ParseWhile()
    {
        var start = _current.Start;
        ConsumeKeyword();
        var condition = ExpectAndParseExpression(new ExpressionContext(SyntaxDescription.While), allowAssignment: false);
        var body = ExpectEndOfStatement() ? ParseBlock(new BlockOwner(BlockOwnerKind.While, SyntaxDescription.While)) : EmptyBlock();
        return new WhileStatement(SpanFrom(start), condition ?? NullLiteral(), body);
    }

    private CaptureStatement ParseCapture()
    {
        var start = _current.Start;
        ConsumeKeyword();
        var target = ExpectAndParseExpression(new ExpressionContext(SyntaxDescription.Capture));
        var body = ExpectEndOfStatement() ? ParseBlock(new BlockOwner(BlockOwnerKind.Capture, SyntaxDescription.Capture)) : EmptyBlock();
        return new CaptureStatement(SpanFrom(start), target ?? NullLiteral(), body);
    }

    private WithStatement ParseWith()
    {
        var start = _current.Start;
        ConsumeKeyword();
        var target = ExpectAndParseExpression(new ExpressionContext(SyntaxDescription.With));
        var body = ExpectEndOfStatement() ? ParseBlock(new BlockOwner(BlockOwnerKind.With, SyntaxDescription.With)) : EmptyBlock();
        return new WithStatement(SpanFrom(start), target ?? NullLiteral(), body);
    }

    private WrapStatement ParseWrap()
    {
        var start = _current.Start;
        ConsumeKeyword();
        var target = ExpectAndParseExpression(new ExpressionContext(SyntaxDescription.Wrap));
        var body = ExpectEndOfStatement() ? ParseBlock(new BlockOwner(BlockOwnerKind.Wrap, SyntaxDescription.Wrap)) : EmptyBlock();
        return new WrapStatement(SpanFrom(start), target ?? NullLiteral(), body);
    }

    private ImportStatement ParseImport()
    {
        var start = _current.Start;
        ConsumeKeyword();
        var value = ExpectAndParseExpression(new ExpressionContext(SyntaxDescription.Import));
        ExpectEndOfStatement();
        return new ImportStatement(SpanFrom(start), value ?? NullLiteral());
    }

    private ReadOnlyStatement ParseReadOnly()
    {
        var start = _current.Start;
        ConsumeKeyword();
        var variable = ExpectAndParseVariable(SyntaxDescription.ReadOnly);
        ExpectEndOfStatement();
        return new ReadOnlyStatement(SpanFrom(start), variable ?? new VariableExpression(SpanFrom(start), string.Empty, VariableScope.Global));
    }

    private ReturnStatement ParseReturn()
    {
        var start = _current.Start;
        ConsumeKeyword();
        var value = IsStartOfExpression() ? ParseExpression(new ExpressionContext(SyntaxDescription.Return)) : null;
        ExpectEndOfStatement();
        return new ReturnStatement(SpanFrom(start), value);
    }

    private BlockStatement EmptyBlock() => new(SpanOf(_current), []);

    private LiteralExpression NullLiteral() => new(SpanOf(_current), null);
}
