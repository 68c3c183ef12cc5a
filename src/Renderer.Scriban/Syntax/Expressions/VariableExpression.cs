using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary>A variable: <c>name</c>, <c>$name</c>, <c>$</c> or <c>$$</c>.</summary>
public sealed record VariableExpression(SourceSpan Span, string Name, VariableScope Scope) : Expression(Span, ExpressionKind.Variable);
