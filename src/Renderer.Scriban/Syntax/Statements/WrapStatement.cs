using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>wrap f args … end</c>: calls f with the body available as <c>$$</c>.</summary>
public sealed record WrapStatement(SourceSpan Span, Expression Target, BlockStatement Body) : Statement(Span, StatementKind.Wrap);
