namespace Renderer.Scriban.Parsing;

public sealed partial class Lexer
{
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
