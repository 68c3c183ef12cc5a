using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>break</c>.</summary>
public sealed record BreakStatement(SourceSpan Span) : Statement(Span, StatementKind.Break);
