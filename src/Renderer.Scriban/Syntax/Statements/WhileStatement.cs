using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>while</c>.</summary>
public sealed record WhileStatement(SourceSpan Span, Expression Condition, BlockStatement Body) : Statement(Span, StatementKind.While);
