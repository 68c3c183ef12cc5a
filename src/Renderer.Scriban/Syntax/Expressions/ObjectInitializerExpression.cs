using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>{a: 1, "b": 2}</c>.</summary>
public sealed record ObjectInitializerExpression(SourceSpan Span, ObjectMember[] Members) : Expression(Span, ExpressionKind.ObjectInitializer);
