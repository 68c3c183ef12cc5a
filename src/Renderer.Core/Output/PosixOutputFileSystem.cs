using Renderer.Core.Output.Interop;

namespace Renderer.Core.Output;

/// <summary>The real file system, with the POSIX calls the BCL lacks (chown, directory fsync).</summary>
internal sealed class PosixOutputFileSystem : IOutputFileSystem
{
    public static PosixOutputFileSystem Instance { get; } = new();

    public string ResolveFinalPath(string path)
    {
        // LinkTarget is null for a regular file and for a path that does not exist yet.
        var file = new FileInfo(path);
        return file.LinkTarget is null ? path : file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
    }

    public async Task<byte[]?> ReadIfExistsAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public FileIdentity? GetIdentity(string path) => FileIdentity.Read(path);

    public void CreateDirectory(string path) => Directory.CreateDirectory(path);

    public async Task WriteNewFileAsync(
        string path,
        ReadOnlyMemory<byte> content,
        UnixFileMode mode,
        uint? ownerId,
        uint? groupId,
        CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            // Owner-only until owner and mode are final, so nobody reads a half-prepared file.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var stream = new FileStream(path, options);
        await using (stream.ConfigureAwait(false))
        {
            if (!OperatingSystem.IsWindows())
            {
                LockAsLiveWriter(path, stream);
            }

            await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
            if (!OperatingSystem.IsWindows())
            {
                // chown before chmod: chown clears setuid/setgid bits.
                ChangeOwnerIfNeeded(path, ownerId, groupId);
                File.SetUnixFileMode(stream.SafeFileHandle, mode);
            }

            stream.Flush(flushToDisk: true);
        }
    }

    public void Replace(string source, string destination) => File.Move(source, destination, overwrite: true);

    public void SyncDirectory(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            Libc.SyncDirectory(path);
        }
    }

    public void DeleteIfExists(string path) => File.Delete(path);

    // The lock marks the temporary file as in use until it is closed, right before the rename: the next write of a
    // destination deletes only temporary files nobody holds (AbandonedTemporaryFiles). FileShare.None already takes
    // this lock unless DOTNET_SYSTEM_IO_DISABLEFILELOCKING turned .NET's locking off; taking it again is a no-op.
    private static void LockAsLiveWriter(string path, FileStream stream)
    {
        if (Libc.TryLockExclusive(stream.SafeFileHandle) == FileLockAttempt.HeldElsewhere)
        {
            throw new IOException($"'{path}' was locked by another process (a concurrent cleanup of abandoned temporary files) right after it was created.");
        }
    }

    private static void ChangeOwnerIfNeeded(string path, uint? ownerId, uint? groupId)
    {
        if (ownerId is null && groupId is null)
        {
            return;
        }

        var created = FileIdentity.Read(path);
        var owner = ownerId ?? created?.OwnerId;
        var group = groupId ?? created?.GroupId;
        if (owner is { } o && group is { } g && (o != created?.OwnerId || g != created?.GroupId))
        {
            Libc.ChangeOwner(path, o, g);
        }
    }
}
