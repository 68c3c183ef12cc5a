using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>when a, b</c> inside a case.</summary>
public sealed record WhenStatement(SourceSpan Span, Expression[] Values, BlockStatement Body, Statement? Next) : Statement(Span, StatementKind.When);
