using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

public abstract record Expression(SourceSpan Span) : SyntaxNode(Span)
{
    /// <summary>The node type as a number, so the evaluator can dispatch with a jump table.</summary>
    public abstract ExpressionKind Kind { get; }
}
