namespace Renderer.Core.Output;

/// <summary>What to write where, and how.</summary>
/// <param name="Path">The destination file. A symlink is followed: its final target is replaced, the link kept.</param>
/// <param name="Content">The bytes the destination must hold.</param>
public sealed record OutputWriteRequest(string Path, ReadOnlyMemory<byte> Content)
{
    /// <summary>
    /// Mode for the written file, applied when the content changes (an unchanged file is not touched at all).
    /// <value>Default: null, keep the existing file's mode, or 0644 for a new file.</value>
    /// </summary>
    public UnixFileMode? Permissions { get; init; }

    /// <summary>Keep the replaced file as <c>&lt;Path&gt;.bak</c> (written atomically too). <value>Default: false.</value></summary>
    public bool Backup { get; init; }

    /// <summary>Compare only: report <see cref="OutputWriteOutcome.WouldWrite"/> and touch nothing. <value>Default: false.</value></summary>
    public bool DryRun { get; init; }
}
