using Renderer.Scriban.Diagnostics;

namespace Renderer.Scriban.Parsing;

/// <summary>
/// Splits a template into tokens: raw text (already trimmed by the <c>-</c>/<c>~</c> whitespace
/// markers of the neighbouring tags, §1.3), code tokens and escape blocks. Problems are collected,
/// never thrown; the parser appends them after its own messages, as Scriban does.
/// </summary>
public sealed partial class Lexer
{
    private readonly string _text;
    private readonly string _sourceName;
    private readonly bool _scriptOnly;
    private readonly int _end;
    private readonly List<Token> _tokens = [];
    private readonly List<Diagnostic> _errors = [];
    private TextPosition _position;
    private char _c;
    private int _openBraces;
    private int _escapePercents;
    private Mode _mode;

    /// <param name="scriptOnly">Lex the whole text as code (for <c>object.eval</c> and interpolations).</param>
    /// <param name="end">Stop lexing at this offset (a sub-range of <paramref name="text"/>).</param>
    public Lexer(string text, string sourceName, bool scriptOnly = false, TextPosition? start = null, int? end = null)
    {
        _text = text;
        _end = end ?? text.Length;
        _sourceName = sourceName;
        _scriptOnly = scriptOnly;
        _position = start ?? TextPosition.Start;
        _c = _position.Offset < _end ? text[_position.Offset] : '\0';
        _mode = scriptOnly ? Mode.Code : Mode.Raw;
    }

    private enum Mode
    {
        Raw,
        Code,
        Escape,
    }

    public string Text => _text;

    public string SourceName => _sourceName;

    public IReadOnlyList<Diagnostic> Errors => _errors;

    /// <summary>Lexes the whole text; the list always ends with an <see cref="TokenKind.Eof"/> token.</summary>
    public List<Token> Tokenize()
    {
        while (!AtEnd)
        {
            switch (_mode)
            {
                case Mode.Raw:
                    ReadRawOrEnter();
                    break;
                case Mode.Escape:
                    ReadEscapeContent();
                    break;
                default:
                    if (!_scriptOnly && _openBraces == 0 && IsCodeExit(0))
                    {
                        ReadCodeExit();
                    }
                    else
                    {
                        ReadCode();
                    }

                    break;
            }
        }

        _tokens.Add(new Token(TokenKind.Eof, _position, _position));
        return _tokens;
    }

    private bool AtEnd => _position.Offset >= _end;

    private char Peek(int count = 1)
    {
        var offset = _position.Offset + count;
        return offset < _end ? _text[offset] : '\0';
    }

    private void NextChar()
    {
        var offset = _position.Offset + 1;
        var line = _position.Line;
        var column = _position.Column + 1;
        if (_c == '\n' || (_c == '\r' && (offset >= _end || _text[offset] != '\n')))
        {
            line++;
            column = 1;
        }

        _position = new TextPosition(offset, line, column);
        _c = offset < _end ? _text[offset] : '\0';
    }

    private void Add(TokenKind kind, TextPosition start, char whitespace = '\0')
        => _tokens.Add(new Token(kind, start, _position, whitespace));

    private void AddError(TextPosition at, string message)
        => _errors.Add(new Diagnostic(DiagnosticSeverity.Error, new SourceSpan(_sourceName, at, at), message));

    /// <summary>True when the text at <paramref name="offset"/> opens a code block or an escape fence.</summary>
    private bool IsEnterAt(int offset, out char whitespace, out int length)
    {
        whitespace = '\0';
        length = 0;
        if (offset >= _end || _text[offset] != '{')
        {
            return false;
        }

        var i = offset + 1;
        while (i < _end && _text[i] == '%')
        {
            i++;
        }

        if (i >= _end || _text[i] != '{')
        {
            return false;
        }

        i++;
        if (i < _end && (_text[i] == '-' || _text[i] == '~'))
        {
            whitespace = _text[i];
            i++;
        }

        length = i - offset;
        return true;
    }

    /// <summary>True when a code exit (or, inside an escape block, the matching fence) starts <paramref name="ahead"/> chars from here.</summary>
    private bool IsCodeExit(int ahead)
    {
        var i = _position.Offset + ahead;
        if (i < _end && (_text[i] == '-' || _text[i] == '~'))
        {
            i++;
        }

        if (i >= _end || _text[i] != '}')
        {
            return false;
        }

        i++;
        for (var p = 0; p < _escapePercents; p++, i++)
        {
            if (i >= _end || _text[i] != '%')
            {
                return false;
            }
        }

        return i < _end && _text[i] == '}';
    }
}
