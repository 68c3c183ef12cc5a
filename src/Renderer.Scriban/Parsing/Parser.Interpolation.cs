using Renderer.Scriban.Diagnostics;
using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Parsing;

public sealed partial class Parser
{
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
