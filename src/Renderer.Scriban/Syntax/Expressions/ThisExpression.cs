using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>this</c>: the current global object.</summary>
public sealed record ThisExpression(SourceSpan Span) : Expression(Span, ExpressionKind.This);
