using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>c ? a : b</c>.</summary>
public sealed record ConditionalExpression(SourceSpan Span, Expression Condition, Expression Then, Expression Else) : Expression(Span, ExpressionKind.Conditional);
