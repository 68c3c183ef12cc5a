using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Parsing;

public sealed partial class Parser
{
    private BlockStatement ParseBlock(BlockOwner owner, bool expectEndOfStatementAfterEnd = true)
    {
        var start = _current.Start;
        var statements = new List<Statement>();
        var savedStatements = _currentStatements;
        _currentStatements = statements;
        var hasEnd = false;
        if (EnterDepth())
        {
            while (!_fatal && TryParseStatement(owner, expectEndOfStatementAfterEnd, out var statement, out hasEnd))
            {
                if (statement is not null)
                {
                    statements.Add(statement);
                }

                if (hasEnd)
                {
                    break;
                }
            }
        }

        LeaveDepth();
        _currentStatements = savedStatements;
        if (!hasEnd && owner.Kind != BlockOwnerKind.Page && !_fatal)
        {
            LogError(owner.Syntax, SpanOf(_previous), "The <end> statement was not found");
        }

        return new BlockStatement(SpanFrom(start), [.. statements]);
    }

    private bool TryParseStatement(BlockOwner owner, bool expectEndOfStatementAfterEnd, out Statement? statement, out bool hasEnd)
    {
        statement = null;
        hasEnd = false;
        while (true)
        {
            switch (_current.Kind)
            {
                case TokenKind.Eof:
                    return false;
                case TokenKind.Raw:
                case TokenKind.EscapeRaw:
                    var raw = new RawStatement(SpanOf(_current), _current.GetText(_text));
                    NextToken();
                    if (owner.Kind == BlockOwnerKind.Case)
                    {
                        continue; // raw text between `case` and `when` is dropped
                    }

                    statement = raw;
                    return true;
                case TokenKind.CodeEnter:
                case TokenKind.CodeExit:
                case TokenKind.EscapeEnter:
                case TokenKind.EscapeExit:
                    statement = ParseTag();
                    return true;
            }

            if (!_inCode)
            {
                LogError(_current, $"Unexpected token {TextOf(_current)} while not in a code block {{{{ ... }}}}");
                return false;
            }

            switch (_current.Kind)
            {
                case TokenKind.NewLine:
                case TokenKind.SemiColon:
                    NextToken();
                    continue;
                case TokenKind.Identifier:
                case TokenKind.IdentifierSpecial:
                    return ParseKeywordStatement(owner, expectEndOfStatementAfterEnd, out statement, out hasEnd);
                default:
                    if (IsStartOfExpression())
                    {
                        statement = ParseExpressionStatement();
                        return true;
                    }

                    LogError(_current, $"Unexpected token {TextOf(_current)}");
                    return false;
            }
        }
    }

    /// <summary>A <c>{{</c>/<c>}}</c> or escape fence; a code enter records the indent of the raw text before it (§1.4).</summary>
    private TagStatement ParseTag()
    {
        var token = _current;
        var isCodeEnter = token.Kind == TokenKind.CodeEnter;
        var isEscape = token.Kind is TokenKind.EscapeEnter or TokenKind.EscapeExit;
        if (isCodeEnter && _inCode)
        {
            LogError(token, "Unexpected token while already in a code block");
        }
        else if (token.Kind == TokenKind.CodeExit && !_inCode)
        {
            LogError(token, "Unexpected code block exit '}}' while no code block enter '{{' has been found");
        }

        _inCode = isCodeEnter;
        NextToken();
        string? indent = null;
        if (isCodeEnter && _currentStatements.Count > 0 && _currentStatements[^1] is RawStatement raw)
        {
            indent = IndentBefore(raw.Span.End.Offset);
        }

        return new TagStatement(SpanOf(token), isCodeEnter || token.Kind == TokenKind.EscapeEnter, indent);
    }

    /// <summary>
    /// Scans the template backwards from the end of the raw text: the text after the nearest line
    /// break if only whitespace lies between, all of it at the start of the template, else none.
    /// </summary>
    private string? IndentBefore(int end)
    {
        for (var j = end - 1; j >= 0; j--)
        {
            var c = _text[j];
            if (c == '\n')
            {
                return _text.Substring(j + 1, end - j - 1);
            }

            if (!char.IsWhiteSpace(c))
            {
                return null;
            }
        }

        return end > 0 ? _text[..end] : null;
    }

    private Statement? ParseExpressionStatement()
    {
        var start = _current.Start;
        var expression = ExpectAndParseExpression(
            new ExpressionContext(SyntaxDescription.ExpressionStatement, IsExpressionStatement: true));
        if (_inlineFunction is not null)
        {
            var function = _inlineFunction;
            _inlineFunction = null;
            return function;
        }

        ExpectEndOfStatement();
        return expression is null ? null : new ExpressionStatement(SpanFrom(start), expression);
    }

    /// <summary>A statement ends at a newline, <c>;</c>, <c>}}</c> or the end; anything else stops parsing.</summary>
    private bool ExpectEndOfStatement()
    {
        switch (_current.Kind)
        {
            case TokenKind.NewLine:
            case TokenKind.SemiColon:
                NextToken();
                return true;
            case TokenKind.CodeExit:
            case TokenKind.Eof:
                return true;
            default:
                LogFatal(SpanOf(_current), $"Invalid token found `{TextOf(_current)}`. Expecting <EOL>/end of line.");
                return false;
        }
    }

    private void ConsumeKeyword() => NextToken();
}
