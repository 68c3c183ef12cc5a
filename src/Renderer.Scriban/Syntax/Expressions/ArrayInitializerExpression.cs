using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>[a, b]</c>.</summary>
public sealed record ArrayInitializerExpression(SourceSpan Span, Expression[] Items) : Expression(Span, ExpressionKind.ArrayInitializer);
