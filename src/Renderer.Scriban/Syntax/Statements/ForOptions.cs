using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary>The named parameters of a for/tablerow loop; applied as offset, then reversed, then limit.</summary>
public sealed record ForOptions(Expression? Offset, Expression? Limit, bool Reversed, Expression? Columns, bool IsTableRow)
{
    public static readonly ForOptions None = new(null, null, false, null, false);
}
