using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>for</c> and <c>tablerow</c>.</summary>
public sealed record ForStatement(SourceSpan Span, Expression Variable, Expression Iterator, ForOptions Options, BlockStatement Body, ElseStatement? Else) : Statement(Span, StatementKind.For);
