using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>capture x</c>: renders the body into a string assigned to the target.</summary>
public sealed record CaptureStatement(SourceSpan Span, Expression Target, BlockStatement Body) : Statement(Span, StatementKind.Capture);
