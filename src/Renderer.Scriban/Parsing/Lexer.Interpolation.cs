namespace Renderer.Scriban.Parsing;

public sealed partial class Lexer
{
    /// <summary>
    /// <c>$"… {expr} …"</c>: one token; the parser splits it and parses each <c>{expr}</c>.
    /// An expression must close on its own line.
    /// </summary>
    private void ReadInterpolatedString()
    {
        var start = _position;
        NextChar();
        var quote = _c;
        NextChar();
        while (true)
        {
            if (AtEnd)
            {
                AddError(start, $"Unexpected end of file while parsing a string not terminated by a {quote}");
                Add(TokenKind.Invalid, start);
                return;
            }

            if (_c == quote)
            {
                NextChar();
                break;
            }

            if (_c == '\\')
            {
                NextChar();
                if (_c == '{' || _c == '}')
                {
                    NextChar();
                }
                else
                {
                    ReadEscape();
                }

                continue;
            }

            if (_c == '{' && !SkipInterpolation())
            {
                Add(TokenKind.Invalid, start);
                return;
            }

            if (_c != quote)
            {
                NextChar();
            }
        }

        Add(TokenKind.InterpolatedString, start);
    }

    /// <summary>Moves past <c>{ … }</c>; the expression may contain strings and nested braces.</summary>
    private bool SkipInterpolation()
    {
        var open = _position;
        var depth = 0;
        while (!AtEnd)
        {
            if (_c == '\n' || _c == '\r')
            {
                break;
            }

            if (_c == '"' || _c == '\'' || _c == '`')
            {
                var quote = _c;
                NextChar();
                while (!AtEnd && _c != quote && _c != '\n')
                {
                    if (_c == '\\' && quote != '`')
                    {
                        NextChar();
                    }

                    NextChar();
                }
            }
            else if (_c == '{')
            {
                depth++;
            }
            else if (_c == '}')
            {
                depth--;
                if (depth == 0)
                {
                    return true;
                }
            }

            NextChar();
        }

        AddError(open, "Expecting a closing } for the interpolated expression on the same line");
        return false;
    }
}
