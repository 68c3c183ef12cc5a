using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

public abstract record Statement(SourceSpan Span) : SyntaxNode(Span)
{
    public abstract StatementKind Kind { get; }
}
