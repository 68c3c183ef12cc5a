namespace Renderer.Scriban.Parsing;

internal enum BlockOwnerKind
{
    Page,
    If,
    Else,
    For,
    While,
    Case,
    When,
    Capture,
    With,
    Wrap,
    Function,
    AnonymousFunction,
}
