using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>continue</c>.</summary>
public sealed record ContinueStatement(SourceSpan Span) : Statement(Span, StatementKind.Continue);
