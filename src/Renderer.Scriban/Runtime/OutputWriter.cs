using System.Buffers;
using System.Globalization;

namespace Renderer.Scriban.Runtime;

/// <summary>
/// The render output with auto-indent (§1.4): when an indent is given, every character written
/// right after a <c>\n</c> is preceded by it (empty lines included); the "last character was a
/// newline" state carries across writes. The buffer is pooled: renders of large configurations
/// allocate only their final string.
/// </summary>
internal sealed class OutputWriter : IDisposable
{
    private char[] _buffer;
    private int _length;
    private bool _atLineStart;

    public OutputWriter(int capacity = 256) => _buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));

    public int Length => _length;

    /// <param name="indent">The indent of the current tag, or null for none.</param>
    public void Write(string text, string? indent)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (string.IsNullOrEmpty(indent))
        {
            Append(text);
        }
        else
        {
            WriteIndented(text, indent);
        }

        _atLineStart = text[^1] == '\n';
    }

    /// <summary>Writes a number without allocating its text.</summary>
    public void Write(int value, string? indent)
    {
        if (_atLineStart && !string.IsNullOrEmpty(indent))
        {
            Append(indent);
        }

        int written;
        while (!value.TryFormat(_buffer.AsSpan(_length), out written, default, CultureInfo.InvariantCulture))
        {
            Grow(16);
        }

        _length += written;
        _atLineStart = false;
    }

    private void WriteIndented(string text, string indent)
    {
        if (_atLineStart)
        {
            Append(indent);
        }

        var span = text.AsSpan();
        while (true)
        {
            var newLine = span.IndexOf('\n');
            if (newLine < 0 || newLine == span.Length - 1)
            {
                Append(span);
                return;
            }

            Append(span[..(newLine + 1)]);
            Append(indent);
            span = span[(newLine + 1)..];
        }
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _buffer.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    private void Grow(int needed)
    {
        var size = Math.Max(_buffer.Length * 2, _length + needed);
        var bigger = ArrayPool<char>.Shared.Rent(size);
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = bigger;
    }

    public override string ToString() => new(_buffer, 0, _length);

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
