namespace Renderer.ConsulSimulator.Filtering;

internal enum FilterTokenKind
{
    Identifier,
    String,
    Number,
    Equal,
    NotEqual,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    End,
}
