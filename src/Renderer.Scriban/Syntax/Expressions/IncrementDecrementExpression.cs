using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>x++</c>, <c>++x</c>, <c>x--</c>, <c>--x</c>.</summary>
public sealed record IncrementDecrementExpression(SourceSpan Span, Expression Target, bool Increment, bool Post) : Expression(Span, ExpressionKind.IncrementDecrement);
