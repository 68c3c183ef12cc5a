using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary>A binary operation.</summary>
public sealed record BinaryExpression(SourceSpan Span, BinaryOperator Operator, Expression Left, Expression Right, SourceSpan OperatorSpan) : Expression(Span, ExpressionKind.Binary);
