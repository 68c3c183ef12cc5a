using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>do … end</c> used as a value.</summary>
public sealed record AnonymousFunctionExpression(SourceSpan Span, FunctionDeclaration Function) : Expression(Span, ExpressionKind.AnonymousFunction);
