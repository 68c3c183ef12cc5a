using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary>
/// A <c>func</c>, an inline <c>name(x) = expr</c> or an anonymous <c>do … end</c>.
/// <see cref="Parameters"/> is null for a simple function (arguments only through <c>$</c>).
/// </summary>
public sealed record FunctionDeclaration(
    SourceSpan Span,
    string? Name,
    VariableScope NameScope,
    Parameter[]? Parameters,
    Statement Body)
{
    public int RequiredCount { get; init; }

    public bool IsVariadic { get; init; }
}
