using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Runtime;

/// <summary>
/// Which items a for loop visits: offset, then reversed, then limit, in that fixed order whatever
/// the order written (a limit of 0 or less means no limit).
/// </summary>
internal readonly record struct LoopWindow(int Offset, int Count, int Total, bool Reversed)
{
    public int IndexAt(int i) => Reversed ? Total - 1 - i : Offset + i;

    public static LoopWindow Create(int total, int offset, int limit, bool reversed)
    {
        offset = Math.Clamp(offset, 0, total);
        var count = total - offset;
        if (limit > 0 && limit < count)
        {
            count = limit;
        }

        return new LoopWindow(offset, count, total, reversed);
    }
}
