namespace Renderer.Scriban.Syntax;

public enum StatementKind
{
    Block,
    Raw,
    Tag,
    Expression,
    If,
    Else,
    Case,
    When,
    For,
    While,
    Break,
    Continue,
    Capture,
    Function,
    Return,
    ReadOnly,
    Import,
    With,
    Wrap,
}
