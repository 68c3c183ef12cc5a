using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary>A sequence of statements (template body, loop body, branch, function body).</summary>
public sealed record BlockStatement(SourceSpan Span, Statement[] Statements) : Statement(Span, StatementKind.Block);
