using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>ret [value]</c>.</summary>
public sealed record ReturnStatement(SourceSpan Span, Expression? Value) : Statement(Span, StatementKind.Return);
