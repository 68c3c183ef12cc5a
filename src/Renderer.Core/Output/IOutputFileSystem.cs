namespace Renderer.Core.Output;

/// <summary>
/// The file-system operations an atomic write is made of. The seam exists so tests can make each step fail
/// (running as root, a read-only directory fails nothing) and check that nothing is left behind.
/// </summary>
internal interface IOutputFileSystem
{
    /// <summary>The final target of <paramref name="path"/> when it is a symlink, else the path itself.</summary>
    string ResolveFinalPath(string path);

    /// <summary>The file's bytes, or null when it does not exist.</summary>
    Task<byte[]?> ReadIfExistsAsync(string path, CancellationToken cancellationToken);

    /// <summary>Mode and owner of an existing file, or null.</summary>
    FileIdentity? GetIdentity(string path);

    /// <summary>Creates the directory and its missing parents.</summary>
    void CreateDirectory(string path);

    /// <summary>Creates a new file (failing if it exists), writes it, sets owner then mode, and fsyncs it.</summary>
    Task WriteNewFileAsync(string path, ReadOnlyMemory<byte> content, UnixFileMode mode, uint? ownerId, uint? groupId, CancellationToken cancellationToken);

    /// <summary>rename(2): atomically puts <paramref name="source"/> at <paramref name="destination"/>.</summary>
    void Replace(string source, string destination);

    /// <summary>fsync on the directory, so a rename in it is durable.</summary>
    void SyncDirectory(string path);

    /// <summary>Deletes the file when it exists.</summary>
    void DeleteIfExists(string path);
}
