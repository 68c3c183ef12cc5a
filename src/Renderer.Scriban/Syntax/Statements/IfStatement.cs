using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>if</c>; <see cref="Else"/> is another <see cref="IfStatement"/> (else if) or an <see cref="ElseStatement"/>.</summary>
public sealed record IfStatement(SourceSpan Span, Expression Condition, BlockStatement Then, Statement? Else) : Statement(Span, StatementKind.If);
