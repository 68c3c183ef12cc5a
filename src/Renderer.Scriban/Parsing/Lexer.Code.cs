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

    private bool TryReadOperator(TextPosition start)
    {
        var kind = _c switch
        {
            ';' => TokenKind.SemiColon,
            ':' => TokenKind.Colon,
            ',' => TokenKind.Comma,
            '@' => TokenKind.Arroba,
            '(' => TokenKind.OpenParen,
            ')' => TokenKind.CloseParen,
            '[' => TokenKind.OpenBracket,
            ']' => TokenKind.CloseBracket,
            _ => TokenKind.Invalid,
        };
        if (kind != TokenKind.Invalid)
        {
            Single(kind, start);
            return true;
        }

        kind = _c switch
        {
            '^' => Pick('^', TokenKind.DoubleCaret, TokenKind.Caret),
            '*' => Pick('=', TokenKind.AsteriskEqual, TokenKind.Asterisk),
            '/' => ReadSlash(),
            '+' => Pick('+', TokenKind.DoublePlus, '=', TokenKind.PlusEqual, TokenKind.Plus),
            '-' => Pick('-', TokenKind.DoubleMinus, '=', TokenKind.MinusEqual, TokenKind.Minus),
            '%' => Pick('=', TokenKind.PercentEqual, TokenKind.Percent),
            '&' => Pick('&', TokenKind.DoubleAmp, TokenKind.Amp),
            '?' => Pick('?', TokenKind.DoubleQuestion, '.', TokenKind.QuestionDot, '!', TokenKind.QuestionExclamation, TokenKind.Question),
            '|' => Pick('|', TokenKind.DoubleVerticalBar, '>', TokenKind.PipeGreater, TokenKind.VerticalBar),
            '.' => ReadDots(),
            '!' => Pick('=', TokenKind.ExclamationEqual, TokenKind.Exclamation),
            '=' => Pick('=', TokenKind.DoubleEqual, TokenKind.Equal),
            '<' => Pick('=', TokenKind.LessEqual, '<', TokenKind.DoubleLessThan, TokenKind.Less),
            '>' => Pick('=', TokenKind.GreaterEqual, '>', TokenKind.DoubleGreaterThan, TokenKind.Greater),
            _ => TokenKind.Invalid,
        };
        if (kind == TokenKind.Invalid)
        {
            return false;
        }

        Add(kind, start);
        return true;
    }

    private TokenKind Pick(char next, TokenKind ifNext, TokenKind otherwise)
        => Pick(next, ifNext, '\0', otherwise, '\0', otherwise, otherwise);

    private TokenKind Pick(char next1, TokenKind ifNext1, char next2, TokenKind ifNext2, TokenKind otherwise)
        => Pick(next1, ifNext1, next2, ifNext2, '\0', otherwise, otherwise);

    /// <summary>Consumes the operator char and, when it matches, the second char.</summary>
    private TokenKind Pick(char next1, TokenKind ifNext1, char next2, TokenKind ifNext2, char next3, TokenKind ifNext3, TokenKind otherwise)
    {
        NextChar();
        if (next1 != '\0' && _c == next1)
        {
            NextChar();
            return ifNext1;
        }

        if (next2 != '\0' && _c == next2)
        {
            NextChar();
            return ifNext2;
        }

        if (next3 != '\0' && _c == next3)
        {
            NextChar();
            return ifNext3;
        }

        return otherwise;
    }

    private TokenKind ReadSlash()
    {
        NextChar();
        if (_c == '/')
        {
            NextChar();
            if (_c == '=')
            {
                NextChar();
                return TokenKind.DoubleDivideEqual;
            }

            return TokenKind.DoubleDivide;
        }

        if (_c == '=')
        {
            NextChar();
            return TokenKind.DivideEqual;
        }

        return TokenKind.Divide;
    }

    private TokenKind ReadDots()
    {
        NextChar();
        if (_c != '.')
        {
            return TokenKind.Dot;
        }

        NextChar();
        if (_c == '<')
        {
            NextChar();
            return TokenKind.DoubleDotLess;
        }

        if (_c == '.')
        {
            NextChar();
            return TokenKind.TripleDot;
        }

        return TokenKind.DoubleDot;
    }
}
