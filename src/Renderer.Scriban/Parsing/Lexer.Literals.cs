namespace Renderer.Scriban.Parsing;

public sealed partial class Lexer
{
    private static bool IsNumberSuffix(char c) => c is 'f' or 'F' or 'd' or 'D' or 'm' or 'M';

    private static bool IsIdentifierChar(char c) => c == '_' || char.IsLetterOrDigit(c);

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private void ReadNumber()
    {
        var start = _position;
        var isZero = _c == '0';
        NextChar();
        if (isZero && (_c == 'x' || _c == 'b'))
        {
            ReadPrefixedInteger(start, _c == 'x');
            return;
        }

        while (char.IsDigit(_c) || _c == '_')
        {
            NextChar();
        }

        var isFloat = false;
        if (_c == '.')
        {
            // `1..5` is a range: the dot only belongs to the number before a digit, a suffix,
            // an exponent or a non-letter.
            var next = Peek();
            if (next != '.' && (IsNumberSuffix(next) || char.IsDigit(next) || !char.IsLetter(next) || next == 'e' || next == 'E'))
            {
                isFloat = true;
                NextChar();
                while (char.IsDigit(_c))
                {
                    NextChar();
                }
            }
        }

        if (_c == 'e' || _c == 'E')
        {
            NextChar();
            if (_c == '+' || _c == '-')
            {
                NextChar();
            }

            if (!char.IsDigit(_c))
            {
                AddError(_position, "Expecting at least one digit after the exponent");
                Add(TokenKind.Invalid, start);
                return;
            }

            while (char.IsDigit(_c))
            {
                NextChar();
            }
        }

        if (!IsIdentifierChar(Peek()) && IsNumberSuffix(_c))
        {
            isFloat = true;
            NextChar();
        }

        Add(isFloat ? TokenKind.Float : TokenKind.Integer, start);
    }

    private void ReadPrefixedInteger(TextPosition start, bool hexadecimal)
    {
        NextChar();
        var hasDigit = false;
        while (true)
        {
            if (hexadecimal ? IsHex(_c) : _c is '0' or '1')
            {
                hasDigit = true;
            }
            else if (_c != '_')
            {
                break;
            }

            NextChar();
        }

        if (!IsIdentifierChar(Peek()) && (_c == 'u' || _c == 'U'))
        {
            NextChar();
        }

        if (!hasDigit)
        {
            AddError(start, hexadecimal
                ? "Invalid hex number, expecting at least a hex digit [0-9a-fA-F] after 0x"
                : "Invalid binary number, expecting at least a binary digit 0 or 1 after 0b");
            Add(TokenKind.Invalid, start);
            return;
        }

        Add(hexadecimal ? TokenKind.HexaInteger : TokenKind.BinaryInteger, start);
    }

    private void ReadString()
    {
        var start = _position;
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
                ReadEscape();
                continue;
            }

            NextChar();
        }

        Add(TokenKind.String, start);
    }

    /// <summary>Validates one escape after a backslash (the parser decodes it).</summary>
    private void ReadEscape()
    {
        switch (_c)
        {
            case '\n' or '0' or '\'' or '"' or '\\' or 'b' or 'f' or 'n' or 'r' or 't' or 'v':
                NextChar();
                return;
            case '\r':
                NextChar();
                if (_c == '\n')
                {
                    NextChar();
                }

                return;
            case 'u':
                NextChar();
                if (ReadHexDigits(4))
                {
                    return;
                }

                AddError(_position, $"Unexpected hex number `{_c}` following `\\u`. Expecting `\\u0000` to `\\uffff`.");
                break;
            case 'x':
                NextChar();
                if (ReadHexDigits(2))
                {
                    return;
                }

                AddError(_position, $"Unexpected hex number `{_c}` following `\\x`. Expecting `\\x00` to `\\xff`");
                break;
        }

        AddError(_position, $"Unexpected escape character `{_c}` in string. Only 0 ' \\ \" b f n r t v u0000-uFFFF x00-xFF are allowed");
    }

    private bool ReadHexDigits(int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (!IsHex(_c))
            {
                return false;
            }

            NextChar();
        }

        return true;
    }

    private void ReadVerbatimString()
    {
        var start = _position;
        NextChar();
        while (true)
        {
            if (AtEnd)
            {
                AddError(start, "Unexpected end of file while parsing a verbatim string not terminated by a `");
                Add(TokenKind.Invalid, start);
                return;
            }

            if (_c == '`')
            {
                NextChar();
                if (_c != '`')
                {
                    break;
                }
            }

            NextChar();
        }

        Add(TokenKind.VerbatimString, start);
    }

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
