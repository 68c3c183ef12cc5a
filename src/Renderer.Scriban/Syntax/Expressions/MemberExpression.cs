using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>a.b</c> or <c>a?.b</c>; <see cref="NullSafe"/> is set for every link after a <c>?.</c>.</summary>
public sealed record MemberExpression(SourceSpan Span, Expression Target, string Member, SourceSpan MemberSpan, bool NullSafe) : Expression(Span, ExpressionKind.Member)
{
    /// <summary>The member name's hash, computed once so lookups at render time do not hash.</summary>
    internal int MemberHash { get; } = Member.GetHashCode(StringComparison.Ordinal);
}
