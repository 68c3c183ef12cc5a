namespace Renderer.Core.Output;

/// <summary>
/// Writes a file only when its bytes change, so that a reader (nginx, a reload racing with us) sees either the old
/// file or the new one, never a mix, and the change survives a crash.
/// </summary>
/// <remarks>
/// Steps: compare with what is on disk (equal: touch nothing); write a dot-prefixed temporary file in the same
/// directory; give it the old file's owner and mode (or <see cref="OutputWriteRequest.Permissions"/>); fsync it;
/// optionally keep the old file as <c>.bak</c>; rename over the destination; fsync the directory. consul-template's
/// AtomicWrite skips the directory fsync and uses a temp name an <c>include *.conf</c> glob can match; both are
/// fixed here. No temporary file survives a failure; one that survives a kill (SIGKILL, OOM, power cut) is deleted by
/// the next write of the same destination, once no live process holds it (<c>AbandonedTemporaryFiles</c>).
/// </remarks>
public sealed partial class AtomicFileWriter
{
    /// <summary>Mode of a new file when no permissions are given: 0644.</summary>
    public const UnixFileMode DefaultPermissions =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private readonly IOutputFileSystem _fileSystem;

    /// <summary>Creates a writer on the real file system.</summary>
    public AtomicFileWriter()
        : this(PosixOutputFileSystem.Instance)
    {
    }

    internal AtomicFileWriter(IOutputFileSystem fileSystem) => _fileSystem = fileSystem;

    /// <summary>Makes <see cref="OutputWriteRequest.Path"/> hold <see cref="OutputWriteRequest.Content"/>, writing only if it differs.</summary>
    /// <exception cref="OutputWriteException">A step failed; the message says which and what is on disk now.</exception>
    /// <exception cref="OperationCanceledException">Cancelled before the rename; the destination is unchanged.</exception>
    public async Task<OutputWriteResult> WriteIfChangedAsync(OutputWriteRequest request, CancellationToken cancellationToken = default)
    {
        var requested = Validate(request);
        var path = Run(requested, OutputWriteStep.ReadCurrent, Unchanged, () => _fileSystem.ResolveFinalPath(requested));
        var current = await RunAsync(path, OutputWriteStep.ReadCurrent, Unchanged, () => _fileSystem.ReadIfExistsAsync(path, cancellationToken))
            .ConfigureAwait(false);
        if (current is not null && current.AsSpan().SequenceEqual(request.Content.Span))
        {
            return new OutputWriteResult(path, OutputWriteOutcome.Unchanged, null);
        }

        if (request.DryRun)
        {
            return new OutputWriteResult(path, OutputWriteOutcome.WouldWrite, null);
        }

        var identity = current is null ? null : Run(path, OutputWriteStep.ReadCurrent, Unchanged, () => _fileSystem.GetIdentity(path));
        var target = new FileIdentity(request.Permissions ?? identity?.Mode ?? DefaultPermissions, identity?.OwnerId, identity?.GroupId, 0);
        // Spelled out: the implicit byte[] → ReadOnlyMemory conversion turns a null array into an empty memory,
        // which would make "there was no file" read as "there was an empty file".
        ReadOnlyMemory<byte>? previous = current is null ? default(ReadOnlyMemory<byte>?) : current.AsMemory();
        var rollback = new OutputRollback(path, previous, identity);
        var backup = request.Backup && current is not null ? rollback : null;
        await ReplaceAsync(path, request.Content, target, backup, rollback, cancellationToken).ConfigureAwait(false);
        return new OutputWriteResult(path, OutputWriteOutcome.Written, rollback);
    }

    /// <summary>
    /// Undoes a write: puts the previous bytes, mode and owner back atomically, or deletes the file the write created.
    /// </summary>
    /// <exception cref="OutputWriteException">The restore failed; the message says what is on disk now.</exception>
    public async Task RestoreAsync(OutputRollback rollback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rollback);
        if (rollback.PreviousContent is not { } previous)
        {
            const string left = "The file created by the failed write is still there.";
            Run(rollback.Path, OutputWriteStep.Delete, left, () => _fileSystem.DeleteIfExists(rollback.Path));
            var directory = Path.GetDirectoryName(rollback.Path)!;
            Run(rollback.Path, OutputWriteStep.SyncDirectory, "The file was deleted, but the deletion may not survive a crash.", () => _fileSystem.SyncDirectory(directory));
            return;
        }

        var identity = rollback.PreviousIdentity ?? new FileIdentity(DefaultPermissions, null, null, 0);
        await ReplaceAsync(rollback.Path, previous, identity, backup: null, rollback: null, cancellationToken).ConfigureAwait(false);
    }

    private static string Validate(OutputWriteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Path))
        {
            throw new ArgumentException("The output path must not be empty.", nameof(request));
        }

        if (request.Path.EndsWith('/') || Directory.Exists(request.Path))
        {
            throw new ArgumentException($"The output path '{request.Path}' is a directory; give a file path.", nameof(request));
        }

        return Path.GetFullPath(request.Path);
    }
}
