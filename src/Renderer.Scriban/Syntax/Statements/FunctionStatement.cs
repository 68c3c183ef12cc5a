using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>func name … end</c> or <c>name(a) = expr</c>: defines a function variable.</summary>
public sealed record FunctionStatement(SourceSpan Span, FunctionDeclaration Function) : Statement(Span, StatementKind.Function);
