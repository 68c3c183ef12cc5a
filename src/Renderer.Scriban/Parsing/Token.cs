namespace Renderer.Scriban.Parsing;

/// <summary>
/// A lexed token: its kind and the text range [<see cref="Start"/>, <see cref="End"/>) with the
/// line/column of its first character. <see cref="Whitespace"/> is the <c>-</c>/<c>~</c> marker of a
/// code enter/exit or escape fence.
/// </summary>
public readonly record struct Token(TokenKind Kind, TextPosition Start, TextPosition End, char Whitespace = '\0')
{
    public int Length => End.Offset - Start.Offset;

    public string GetText(string source) => Kind == TokenKind.Eof ? "<EOF>" : source.Substring(Start.Offset, Length);
}
