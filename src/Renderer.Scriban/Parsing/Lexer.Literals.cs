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
}
