using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>!x</c>, <c>-x</c>, <c>+x</c>, <c>@f</c> or <c>^list</c>.</summary>
public sealed record UnaryExpression(SourceSpan Span, UnaryOperator Operator, Expression Operand) : Expression(Span, ExpressionKind.Unary);
