using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary>Base of every syntax node: nodes are immutable data; evaluation lives in Runtime.</summary>
public abstract record SyntaxNode(SourceSpan Span);
