using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary>Raw text or the content of an escape block, already trimmed by whitespace markers.</summary>
public sealed record RawStatement(SourceSpan Span, string Text) : Statement(Span, StatementKind.Raw);
