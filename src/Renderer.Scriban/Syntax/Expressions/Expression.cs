using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <param name="Kind">The node type as a number, so the evaluator dispatches with a jump table (a field read, not a virtual call).</param>
public abstract record Expression(SourceSpan Span, ExpressionKind Kind) : SyntaxNode(Span);
