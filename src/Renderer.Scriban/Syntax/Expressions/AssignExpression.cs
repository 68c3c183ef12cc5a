using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>x = v</c> or a compound <c>x += v</c> (<see cref="Operator"/> set); only at the top of an expression statement, outputs nothing.</summary>
public sealed record AssignExpression(SourceSpan Span, Expression Target, BinaryOperator? Operator, Expression Value) : Expression(Span, ExpressionKind.Assign);
