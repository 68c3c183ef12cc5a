namespace Renderer.Scriban.Runtime;

/// <summary>
/// The value of <c>empty</c> / <c>blank</c>: falsy, prints nothing, equal to every empty collection.
/// A single shared instance; it refuses members.
/// </summary>
public sealed class EmptyScriptObject
{
    public static readonly EmptyScriptObject Instance = new();

    private EmptyScriptObject()
    {
    }

    public override string ToString() => string.Empty;
}
