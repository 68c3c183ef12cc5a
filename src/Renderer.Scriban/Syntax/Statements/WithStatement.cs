using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>with obj … end</c>.</summary>
public sealed record WithStatement(SourceSpan Span, Expression Target, BlockStatement Body) : Statement(Span, StatementKind.With);
