using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>import obj</c>: copies the members of an object into the current global.</summary>
public sealed record ImportStatement(SourceSpan Span, Expression Value) : Statement(Span, StatementKind.Import);
