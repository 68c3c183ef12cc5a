using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary>A variable: <c>name</c>, <c>$name</c>, <c>$</c> or <c>$$</c>.</summary>
public sealed record VariableExpression(SourceSpan Span, string Name, VariableScope Scope) : Expression(Span, ExpressionKind.Variable)
{
    /// <summary>The name's hash, computed once so lookups at render time do not hash.</summary>
    internal int NameHash { get; } = Name.GetHashCode(StringComparison.Ordinal);
}
