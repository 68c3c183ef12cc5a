namespace Renderer.Scriban.Parsing;

/// <summary>
/// The construct whose body is being parsed. A nested <c>else</c>/<c>when</c> ends the body and is
/// handed back to its owner through <see cref="Continuation"/>.
/// </summary>
internal sealed class BlockOwner(BlockOwnerKind kind, SyntaxDescription syntax)
{
    public BlockOwnerKind Kind { get; } = kind;

    public SyntaxDescription Syntax { get; } = syntax;

    public Syntax.Statement? Continuation { get; set; }
}
