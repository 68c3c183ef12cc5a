using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>readonly x</c>.</summary>
public sealed record ReadOnlyStatement(SourceSpan Span, VariableExpression Variable) : Statement(Span, StatementKind.ReadOnly);
