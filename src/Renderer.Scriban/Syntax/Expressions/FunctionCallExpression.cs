using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary>A call: <c>f a b</c> (juxtaposition) or <c>f(a, b)</c> (explicit).</summary>
public sealed record FunctionCallExpression(SourceSpan Span, Expression Target, Expression[] Arguments, bool IsExplicit) : Expression(Span, ExpressionKind.FunctionCall);
