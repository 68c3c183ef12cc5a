using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>else</c> of an if, a case or a for.</summary>
public sealed record ElseStatement(SourceSpan Span, BlockStatement Body) : Statement(Span, StatementKind.Else);
