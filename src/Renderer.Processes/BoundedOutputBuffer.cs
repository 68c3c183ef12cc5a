using System.Text;

namespace Renderer.Processes;

/// <summary>
/// Keeps the last <c>capacity</c> bytes of a stream (a ring buffer), so a chatty command cannot exhaust memory and
/// the end of its output, where errors usually are, survives. Thread-safe: the pump appends while a timed-out
/// run may already read the text.
/// </summary>
internal sealed class BoundedOutputBuffer(int capacity)
{
    private readonly byte[] _ring = new byte[capacity];
    private readonly Lock _gate = new();
    private long _total;

    /// <summary>Bytes seen in total.</summary>
    public long TotalBytes => _total;

    /// <summary>True when more bytes arrived than were kept.</summary>
    public bool Truncated => _total > _ring.Length;

    public void Append(ReadOnlySpan<byte> data)
    {
        lock (_gate)
        {
            AppendUnlocked(data);
        }
    }

    private void AppendUnlocked(ReadOnlySpan<byte> data)
    {
        if (data.Length > _ring.Length)
        {
            _total += data.Length - _ring.Length;
            data = data[^_ring.Length..];
        }

        var start = (int)(_total % _ring.Length);
        var first = Math.Min(data.Length, _ring.Length - start);
        data[..first].CopyTo(_ring.AsSpan(start));
        data[first..].CopyTo(_ring);
        _total += data.Length;
    }

    /// <summary>The kept bytes decoded as UTF-8, preceded by a marker line when earlier bytes were dropped.</summary>
    public string GetText()
    {
        lock (_gate)
        {
            return GetTextUnlocked();
        }
    }

    private string GetTextUnlocked()
    {
        var bytes = GetBytes();
        if (!Truncated)
        {
            return Encoding.UTF8.GetString(bytes);
        }

        // The tail may start inside a multi-byte character; skip its continuation bytes instead of emitting U+FFFD.
        var skip = 0;
        while (skip < bytes.Length && skip < 3 && (bytes[skip] & 0xC0) == 0x80)
        {
            skip++;
        }

        var dropped = _total - bytes.Length + skip;
        return $"[... {dropped} earlier bytes dropped ...]\n" + Encoding.UTF8.GetString(bytes, skip, bytes.Length - skip);
    }

    private byte[] GetBytes()
    {
        if (!Truncated)
        {
            return _ring.AsSpan(0, (int)_total).ToArray();
        }

        var start = (int)(_total % _ring.Length);
        return [.. _ring.AsSpan(start), .. _ring.AsSpan(0, start)];
    }
}
