using System.Text;

namespace Renderer.Core.Snapshots.Json;

/// <summary>
/// Turns byte offsets into 1-based line and column. Columns count UTF-16 characters, as editors do, not the
/// UTF-8 bytes that <see cref="System.Text.Json.JsonException.BytePositionInLine"/> counts.
/// </summary>
internal sealed class LineMap
{
    private readonly ReadOnlyMemory<byte> _text;
    private readonly List<int> _lineStarts = [0];

    public LineMap(ReadOnlyMemory<byte> text)
    {
        _text = text;
        var span = text.Span;
        for (var index = 0; index < span.Length; index++)
        {
            if (span[index] == (byte)'\n')
            {
                _lineStarts.Add(index + 1);
            }
        }
    }

    /// <summary>Line and column of the byte at <paramref name="offset"/>.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, ColumnOf(_lineStarts[line], offset));
    }

    /// <summary>Line and column of a position given as System.Text.Json reports it (0-based line, bytes into the line).</summary>
    public (int Line, int Column) Locate(long zeroBasedLine, long bytePositionInLine)
    {
        var line = (int)Math.Clamp(zeroBasedLine, 0, _lineStarts.Count - 1);
        var offset = (int)Math.Min(_lineStarts[line] + bytePositionInLine, _text.Length);
        return (line + 1, ColumnOf(_lineStarts[line], offset));
    }

    private int ColumnOf(int lineStart, int offset) =>
        Encoding.UTF8.GetCharCount(_text.Span[lineStart..offset]) + 1;
}
