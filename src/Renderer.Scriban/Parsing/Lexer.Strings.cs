namespace Renderer.Scriban.Parsing;

public sealed partial class Lexer
{
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
}
