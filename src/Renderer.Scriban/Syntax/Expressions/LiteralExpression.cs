using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary>A number, string, bool or null literal.</summary>
public sealed record LiteralExpression(SourceSpan Span, object? Value) : Expression(Span, ExpressionKind.Literal);
