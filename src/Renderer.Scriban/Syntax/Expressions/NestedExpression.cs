using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary>A parenthesized expression.</summary>
public sealed record NestedExpression(SourceSpan Span, Expression Inner) : Expression(Span, ExpressionKind.Nested);
