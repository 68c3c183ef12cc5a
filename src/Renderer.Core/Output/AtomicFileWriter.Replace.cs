namespace Renderer.Core.Output;

public sealed partial class AtomicFileWriter
{
    private const string Unchanged = "The destination was not changed.";
    private const string InPlaceNotDurable = "The new content is in place, but the rename may not survive a crash.";

    /// <summary>
    /// Cleanup of abandoned temporary files, temp file, optional backup, rename, directory fsync; every temporary
    /// file is removed on failure.
    /// </summary>
    private async Task ReplaceAsync(
        string path,
        ReadOnlyMemory<byte> content,
        FileIdentity target,
        OutputRollback? backup,
        OutputRollback? rollback,
        CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(path)!;
        Run(path, OutputWriteStep.CreateDirectory, Unchanged, () => _fileSystem.CreateDirectory(directory));
        // Before adding a temporary file, remove those earlier writers of this destination were killed with
        // (docs/reliability.md: without this, every kill during a write leaves a full copy of the output behind).
        AbandonedTemporaryFiles.DeleteFor(path);
        string? temporary = OutputFileNames.TemporaryPathFor(path);
        try
        {
            await RunAsync(path, OutputWriteStep.WriteTemporary, Unchanged, () =>
                _fileSystem.WriteNewFileAsync(temporary, content, target.Mode, target.OwnerId, target.GroupId, cancellationToken))
                .ConfigureAwait(false);
            if (backup is not null)
            {
                await WriteBackupAsync(backup, cancellationToken).ConfigureAwait(false);
            }

            // Last point of no return: once renamed, the write completes even if cancellation was requested.
            cancellationToken.ThrowIfCancellationRequested();
            Run(path, OutputWriteStep.Replace, Unchanged, () => _fileSystem.Replace(temporary, path));
            temporary = null;
            Run(path, OutputWriteStep.SyncDirectory, InPlaceNotDurable, () => _fileSystem.SyncDirectory(directory), rollback);
        }
        finally
        {
            DeleteQuietly(temporary);
        }
    }

    private async Task WriteBackupAsync(OutputRollback previous, CancellationToken cancellationToken)
    {
        var backupPath = OutputFileNames.BackupPathFor(previous.Path);
        var identity = previous.PreviousIdentity ?? new FileIdentity(DefaultPermissions, null, null, 0);
        string? temporary = OutputFileNames.TemporaryPathFor(backupPath);
        try
        {
            await RunAsync(previous.Path, OutputWriteStep.Backup, Unchanged, () =>
                _fileSystem.WriteNewFileAsync(temporary, previous.PreviousContent!.Value, identity.Mode, identity.OwnerId, identity.GroupId, cancellationToken))
                .ConfigureAwait(false);
            Run(previous.Path, OutputWriteStep.Backup, Unchanged, () => _fileSystem.Replace(temporary, backupPath));
            temporary = null;
        }
        finally
        {
            DeleteQuietly(temporary);
        }
    }

    private void DeleteQuietly(string? temporary)
    {
        if (temporary is null)
        {
            return;
        }

        try
        {
            _fileSystem.DeleteIfExists(temporary);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // The original error is the one worth reporting; a leftover dot file is harmless to nginx.
        }
    }

    private static void Run(string path, OutputWriteStep step, string outcome, Action action, OutputRollback? rollback = null) =>
        Run(path, step, outcome, () => { action(); return true; }, rollback);

    private static T Run<T>(string path, OutputWriteStep step, string outcome, Func<T> action, OutputRollback? rollback = null)
    {
        try
        {
            return action();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new OutputWriteException(path, step, outcome, error) { Rollback = rollback };
        }
    }

    private static async Task<T> RunAsync<T>(string path, OutputWriteStep step, string outcome, Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new OutputWriteException(path, step, outcome, error);
        }
    }

    private static async Task RunAsync(string path, OutputWriteStep step, string outcome, Func<Task> action)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new OutputWriteException(path, step, outcome, error);
        }
    }
}
