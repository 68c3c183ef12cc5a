using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary>A <c>{{</c> (enter, with the auto-indent it carries, §1.4) or <c>}}</c> (exit); escape fences too.</summary>
public sealed record TagStatement(SourceSpan Span, bool IsEnter, string? Indent) : Statement(Span, StatementKind.Tag);
