using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>x.empty?</c>.</summary>
public sealed record IsEmptyExpression(SourceSpan Span, Expression Target) : Expression(Span, ExpressionKind.IsEmpty);
