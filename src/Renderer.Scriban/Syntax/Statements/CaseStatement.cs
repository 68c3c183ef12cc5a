using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>case</c> with its chain of <c>when</c>/<c>else</c>.</summary>
public sealed record CaseStatement(SourceSpan Span, Expression Value, Statement? First) : Statement(Span, StatementKind.Case);
