using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <param name="Kind">The node type as a number, for jump-table dispatch.</param>
public abstract record Statement(SourceSpan Span, StatementKind Kind) : SyntaxNode(Span);
