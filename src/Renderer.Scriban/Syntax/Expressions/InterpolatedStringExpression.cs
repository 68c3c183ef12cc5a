using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>$"a {x} b"</c>: literal and expression parts concatenated as text.</summary>
public sealed record InterpolatedStringExpression(SourceSpan Span, Expression[] Parts) : Expression(Span, ExpressionKind.InterpolatedString);
