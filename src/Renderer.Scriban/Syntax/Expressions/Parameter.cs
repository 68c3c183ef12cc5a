using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary>A declared parameter: <c>a</c>, <c>a = 1</c> (literal default) or <c>rest...</c>.</summary>
public sealed record Parameter(SourceSpan Span, string Name, bool HasDefault, object? DefaultValue, bool IsVariadic);
