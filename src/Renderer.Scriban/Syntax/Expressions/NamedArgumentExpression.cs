using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>name: value</c> in a call; without a value it is a flag (<c>reversed</c>).</summary>
public sealed record NamedArgumentExpression(SourceSpan Span, string Name, Expression? Value) : Expression(Span, ExpressionKind.NamedArgument);
