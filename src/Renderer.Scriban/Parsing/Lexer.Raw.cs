namespace Renderer.Scriban.Parsing;

public sealed partial class Lexer
{
    private void ReadRawOrEnter()
    {
        if (IsEnterAt(_position.Offset, out var whitespace, out var length))
        {
            ReadEnter(whitespace, length);
            return;
        }

        var start = _position;
        var end = _position.Offset;
        while (end < _end && !IsEnterAt(end, out whitespace, out _))
        {
            end++;
        }

        var trimmedEnd = end < _end ? TrimBeforeTag(start.Offset, end, whitespace) : end;
        var rawStart = _position;
        while (_position.Offset < trimmedEnd)
        {
            NextChar();
        }

        if (trimmedEnd > start.Offset)
        {
            Add(TokenKind.Raw, rawStart);
        }

        while (_position.Offset < end)
        {
            NextChar();
        }
    }

    /// <summary>
    /// Applies a left marker (§1.3): <c>-</c> removes all whitespace before the tag, <c>~</c> only
    /// the whitespace on the tag's own line (the line break stays).
    /// </summary>
    private int TrimBeforeTag(int start, int end, char whitespace)
    {
        if (whitespace == '-')
        {
            while (end > start && char.IsWhiteSpace(_text[end - 1]))
            {
                end--;
            }
        }
        else if (whitespace == '~')
        {
            while (end > start && char.IsWhiteSpace(_text[end - 1]) && !IsLineBreakEndingAt(end - 1))
            {
                end--;
            }
        }

        return end;
    }

    private bool IsLineBreakEndingAt(int index)
        => _text[index] == '\n' || (_text[index] == '\r' && (index + 1 >= _end || _text[index + 1] != '\n'));

    private void ReadEnter(char whitespace, int length)
    {
        var start = _position;
        var percents = 0;
        for (var i = 0; i < length; i++)
        {
            if (_c == '%')
            {
                percents++;
            }

            NextChar();
        }

        if (percents > 0)
        {
            _escapePercents = percents;
            _mode = Mode.Escape;
            Add(TokenKind.EscapeEnter, start, whitespace);
        }
        else
        {
            _mode = Mode.Code;
            _openBraces = 0;
            Add(TokenKind.CodeEnter, start, whitespace);
        }
    }

    private void ReadEscapeContent()
    {
        if (IsCodeExit(0))
        {
            ReadCodeExit();
            return;
        }

        var start = _position;
        while (!AtEnd && !IsCodeExit(0))
        {
            NextChar();
        }

        Add(TokenKind.EscapeRaw, start);
    }

    /// <summary>Reads <c>}}</c> / <c>-}}</c> / <c>~}}</c> (or an escape fence) and applies its right marker.</summary>
    private void ReadCodeExit()
    {
        var start = _position;
        var whitespace = '\0';
        if (_c == '-' || _c == '~')
        {
            whitespace = _c;
            NextChar();
        }

        NextChar();
        for (var i = 0; i < _escapePercents; i++)
        {
            NextChar();
        }

        NextChar();
        Add(_mode == Mode.Escape ? TokenKind.EscapeExit : TokenKind.CodeExit, start, whitespace);
        _mode = Mode.Raw;
        _escapePercents = 0;
        SkipAfterTag(whitespace);
    }

    /// <summary>
    /// A right marker: <c>-</c> eats all following whitespace, <c>~</c> eats spaces up to and
    /// including the first <c>\n</c>.
    /// </summary>
    private void SkipAfterTag(char whitespace)
    {
        if (whitespace == '-')
        {
            while (!AtEnd && char.IsWhiteSpace(_c))
            {
                NextChar();
            }
        }
        else if (whitespace == '~')
        {
            while (!AtEnd && char.IsWhiteSpace(_c))
            {
                var isNewLine = _c == '\n';
                NextChar();
                if (isNewLine)
                {
                    break;
                }
            }
        }
    }
}
