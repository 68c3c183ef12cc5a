using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>from | to</c>: the first call while evaluating <see cref="To"/> receives <see cref="From"/> first.</summary>
public sealed record PipeExpression(SourceSpan Span, Expression From, Expression To) : Expression(Span, ExpressionKind.Pipe);
