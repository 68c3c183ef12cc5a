namespace Renderer.Scriban.Parsing;

public sealed partial class Lexer
{
    private void ReadCode()
    {
        var start = _position;
        switch (_c)
        {
            case '\n':
            case '\r':
                ReadNewLine(start);
                return;
            case '#':
                ReadComment();
                return;
            case '"':
            case '\'':
                ReadString();
                return;
            case '`':
                ReadVerbatimString();
                return;
            case '{':
                _openBraces++;
                Single(TokenKind.OpenBrace, start);
                return;
            case '}':
                ReadCloseBrace(start);
                return;
        }

        if (TryReadOperator(start))
        {
            return;
        }

        if (char.IsWhiteSpace(_c))
        {
            while (!AtEnd && char.IsWhiteSpace(_c) && _c != '\n' && _c != '\r')
            {
                NextChar();
            }

            return;
        }

        if (_c == '$' && (Peek() == '"' || Peek() == '\''))
        {
            ReadInterpolatedString();
        }
        else if (_c == '$' || _c == '_' || char.IsLetter(_c))
        {
            ReadIdentifier(start);
        }
        else if (char.IsDigit(_c))
        {
            ReadNumber();
        }
        else
        {
            Single(TokenKind.Invalid, start);
        }
    }

    private void Single(TokenKind kind, TextPosition start)
    {
        NextChar();
        Add(kind, start);
    }

    private void ReadNewLine(TextPosition start)
    {
        // A newline token swallows the blank lines and indentation after it.
        NextChar();
        while (!AtEnd && char.IsWhiteSpace(_c))
        {
            NextChar();
        }

        Add(TokenKind.NewLine, start);
    }

    private void ReadCloseBrace(TextPosition start)
    {
        if (_openBraces > 0)
        {
            _openBraces--;
        }
        else
        {
            AddError(start, "Unexpected } while no matching {");
        }

        Single(TokenKind.CloseBrace, start);
    }

    private void ReadIdentifier(TextPosition start)
    {
        var special = _c == '$';
        NextChar();
        if (special && _c == '$')
        {
            NextChar();
            Add(TokenKind.IdentifierSpecial, start);
            return;
        }

        while (_c == '_' || char.IsLetterOrDigit(_c))
        {
            NextChar();
        }

        Add(special ? TokenKind.IdentifierSpecial : TokenKind.Identifier, start);
    }

    private void ReadComment()
    {
        NextChar();
        if (_c == '#')
        {
            NextChar();
            while (!AtEnd && !IsCodeExit(0))
            {
                var mayEnd = _c == '#';
                NextChar();
                if (mayEnd && _c == '#')
                {
                    NextChar();
                    break;
                }
            }

            return;
        }

        while (!AtEnd && _c != '\n' && _c != '\r' && (_scriptOnly || !IsCodeExit(0)))
        {
            NextChar();
        }
    }
}
