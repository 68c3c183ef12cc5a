using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Parsing;

public sealed partial class Parser
{
    private bool ParseKeywordStatement(BlockOwner owner, bool expectEndOfStatementAfterEnd, out Statement? statement, out bool hasEnd)
    {
        statement = null;
        hasEnd = false;
        var token = _current;
        var keyword = token.Kind == TokenKind.Identifier ? TextOf(token) : string.Empty;
        switch (keyword)
        {
            case "end":
                hasEnd = true;
                if (owner.Kind == BlockOwnerKind.Page)
                {
                    LogFatal(SpanOf(token), "Unexpected `end` statement without a matching block (if, for, while, case, capture, with, wrap, func)");
                    return false;
                }

                ConsumeKeyword();
                if (expectEndOfStatementAfterEnd)
                {
                    ExpectEndOfStatement();
                }

                return true;
            case "when":
                return ParseWhenContinuation(owner, token, out statement, out hasEnd);
            case "else":
                return ParseElseContinuation(owner, token, out hasEnd);
        }

        CheckNotInCase(owner, token);
        statement = keyword switch
        {
            "if" => ParseIf(),
            "case" => ParseCase(),
            "for" when PeekToken().Kind != TokenKind.Dot => ParseFor(isTableRow: false),
            "tablerow" when PeekToken().Kind != TokenKind.Dot => ParseFor(isTableRow: true),
            "while" when PeekToken().Kind != TokenKind.Dot => ParseWhile(),
            "with" => ParseWith(),
            "wrap" => ParseWrap(),
            "import" => ParseImport(),
            "readonly" => ParseReadOnly(),
            "break" => ParseSimple(token, static span => new BreakStatement(span)),
            "continue" => ParseSimple(token, static span => new ContinueStatement(span)),
            "func" => ParseFunctionStatement(),
            "ret" => ParseReturn(),
            "capture" => ParseCapture(),
            _ => ParseExpressionStatement(),
        };
        return true;
    }

    private void CheckNotInCase(BlockOwner owner, Token token)
    {
        if (owner.Kind == BlockOwnerKind.Case)
        {
            LogError(token, $"Unexpected statement/expression `{TextOf(token)}` in the body of a `case` statement. Only `when`/`else` are expected.");
        }
    }

    private bool ParseWhenContinuation(BlockOwner owner, Token token, out Statement? statement, out bool hasEnd)
    {
        statement = null;
        hasEnd = true;
        var when = ParseWhen();
        switch (owner.Kind)
        {
            case BlockOwnerKind.When:
                owner.Continuation = when;
                return true;
            case BlockOwnerKind.Case:
                statement = when;
                return true;
            default:
                LogError(token, "A `when` condition must be preceded by another `when`/`else`/`case` condition");
                return false;
        }
    }

    private bool ParseElseContinuation(BlockOwner owner, Token token, out bool hasEnd)
    {
        hasEnd = true;
        var next = ParseElse();
        switch (owner.Kind)
        {
            case BlockOwnerKind.If:
            case BlockOwnerKind.When:
                owner.Continuation = next;
                return true;
            case BlockOwnerKind.For:
                if (next is ElseStatement)
                {
                    owner.Continuation = next;
                }
                else
                {
                    LogError(next.Span, "Invalid if/else combination within a for statement.");
                }

                return true;
            default:
                LogError(token, "A else condition must be preceded by another if/else/when condition or a for loop.");
                return false;
        }
    }

    private Statement ParseSimple(Token token, Func<SourceSpan, Statement> create)
    {
        ConsumeKeyword();
        ExpectEndOfStatement();
        return create(SpanOf(token));
    }
}
