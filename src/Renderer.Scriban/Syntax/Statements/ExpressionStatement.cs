using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary>An expression whose value is written to the output.</summary>
public sealed record ExpressionStatement(SourceSpan Span, Expression Expression) : Statement(Span, StatementKind.Expression);
