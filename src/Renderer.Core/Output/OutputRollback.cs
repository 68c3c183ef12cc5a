namespace Renderer.Core.Output;

/// <summary>
/// The state a write replaced, so <see cref="AtomicFileWriter.RestoreAsync"/> can put it back byte for byte
/// (or remove the file when there was none). Rendered configurations are small, so the bytes are kept in memory.
/// </summary>
/// <param name="Path">The file that was written.</param>
/// <param name="PreviousContent">The previous bytes, or null when the file did not exist.</param>
/// <param name="PreviousIdentity">The previous mode and owner, or null when the file did not exist.</param>
public sealed record OutputRollback(string Path, ReadOnlyMemory<byte>? PreviousContent, FileIdentity? PreviousIdentity)
{
    /// <summary>True when the write created the file.</summary>
    public bool CreatedFile => PreviousContent is null;
}
