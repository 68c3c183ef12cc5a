using Renderer.Scriban.Diagnostics;
using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Parsing;

public sealed partial class Parser
{
    /// <summary><c>[a, b, …]</c>: newlines allowed inside, trailing comma allowed.</summary>
    private ArrayInitializerExpression ParseArrayInitializer()
    {
        var start = _current.Start;
        _allowNewLineLevel++;
        NextToken(); // [
        var items = new List<Expression>();
        var context = new ExpressionContext(SyntaxDescription.ArrayInitializer);
        while (!_fatal && _current.Kind != TokenKind.CloseBracket)
        {
            var item = ExpectAndParseExpression(context);
            if (item is null)
            {
                break;
            }

            items.Add(item);
            if (_current.Kind != TokenKind.Comma)
            {
                break;
            }

            NextToken();
        }

        _allowNewLineLevel--;
        ExpectToken(TokenKind.CloseBracket, "]");
        return new ArrayInitializerExpression(SpanFrom(start), [.. items]);
    }

    /// <summary><c>{a: 1, "b c": 2}</c>: keys are identifiers or strings, insertion order kept.</summary>
    private ObjectInitializerExpression ParseObjectInitializer()
    {
        var start = _current.Start;
        _allowNewLineLevel++;
        NextToken(); // {
        var members = new List<ObjectMember>();
        var hasErrors = false;
        while (!_fatal && _current.Kind != TokenKind.CloseBrace)
        {
            var member = ParseObjectMember();
            if (member is null)
            {
                hasErrors = true;
                break;
            }

            members.Add(member);
            if (_current.Kind != TokenKind.Comma)
            {
                break;
            }

            NextToken();
        }

        _allowNewLineLevel--;
        if (!hasErrors)
        {
            ExpectToken(TokenKind.CloseBrace, "}");
        }

        return new ObjectInitializerExpression(SpanFrom(start), [.. members]);
    }

    private ObjectMember? ParseObjectMember()
    {
        var keyToken = _current;
        string? key = null;
        var identifier = string.Empty;
        if (keyToken.Kind == TokenKind.Identifier)
        {
            var name = ParseVariable();
            if (name is VariableExpression variable)
            {
                key = variable.Name;
                identifier = variable.Name;
            }
            else if (name is LiteralExpression literal)
            {
                LogError(keyToken, $"Invalid literal member `{literal.Value}/{literal.Value?.GetType()}` found for object initializer member name. Only literal string or identifier name are allowed");
                return null;
            }
        }
        else if (keyToken.Kind == TokenKind.String)
        {
            key = (string?)ParseString().Value;
        }
        else
        {
            LogError(_current, $"Unexpected token `{TextOf(_current)}` while parsing object initializer. Expecting a simple identifier for the member name.");
            return null;
        }

        if (key is null)
        {
            LogError(keyToken, "Expecting a simple identifier for member names");
            return null;
        }

        if (_current.Kind != TokenKind.Colon)
        {
            LogError(_current, $"Unexpected token `{TextOf(_current)}` Expecting a colon : after identifier `{identifier}` for object initializer member name");
            return null;
        }

        NextToken();
        if (!IsStartOfExpression())
        {
            LogError(_current, $"Unexpected token `{TextOf(_current)}`. Expecting an expression for the value of the member.");
            return null;
        }

        var value = ParseExpression(new ExpressionContext(SyntaxDescription.ObjectInitializer));
        return value is null ? null : new ObjectMember(key, value);
    }

    private void ExpectToken(TokenKind kind, string text)
    {
        if (_current.Kind == kind)
        {
            NextToken();
        }
        else if (!_fatal)
        {
            LogError(_current, $"Unexpected token found `{TextOf(_current)}` while expecting `{text}`.");
        }
    }

    /// <summary><c>$"text {expr} text"</c>: each hole is parsed as its own expression.</summary>
    private InterpolatedStringExpression ParseInterpolatedString()
    {
        var token = _current;
        NextToken();
        var parts = new List<Expression>();
        var end = token.End.Offset - 1;
        var i = token.Start.Offset + 2;
        var literalStart = i;
        while (i < end)
        {
            if (_text[i] == '\\')
            {
                i += 2;
                continue;
            }

            if (_text[i] != '{')
            {
                i++;
                continue;
            }

            AddLiteralPart(parts, token, literalStart, i);
            var close = FindInterpolationEnd(i, end);
            parts.Add(ParseHole(token, i + 1, close));
            i = close + 1;
            literalStart = i;
        }

        AddLiteralPart(parts, token, literalStart, end);
        return new InterpolatedStringExpression(SpanOf(token), [.. parts]);
    }

    private void AddLiteralPart(List<Expression> parts, Token token, int start, int end)
    {
        if (end > start)
        {
            parts.Add(new LiteralExpression(SpanOf(token), Unescape(start, end, token, interpolated: true)));
        }
    }

    private int FindInterpolationEnd(int open, int end)
    {
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            var c = _text[i];
            if (c is '"' or '\'' or '`')
            {
                i++;
                while (i < end && _text[i] != c)
                {
                    i += _text[i] == '\\' && c != '`' ? 2 : 1;
                }
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                return i;
            }
        }

        return end;
    }

    private Expression ParseHole(Token token, int start, int end)
    {
        var position = PositionAt(token.Start, start);
        var parser = new Parser(_text, _sourceName, scriptOnly: true, position, end);
        var errors = new List<Diagnostic>();
        var expression = parser.ParseStandaloneExpression(errors);
        foreach (var error in errors)
        {
            _diagnostics.Error(error.Span, error.Message);
        }

        return expression ?? new LiteralExpression(SpanOf(token), null);
    }

    /// <summary>The line/column of <paramref name="offset"/>, walking forward from a known position.</summary>
    private TextPosition PositionAt(TextPosition from, int offset)
    {
        var line = from.Line;
        var column = from.Column;
        for (var i = from.Offset; i < offset; i++)
        {
            var c = _text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= _text.Length || _text[i + 1] != '\n')))
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return new TextPosition(offset, line, column);
    }
}
