using Renderer.Core.Output.Interop;

namespace Renderer.Core.Output;

/// <summary>
/// Deletes the temporary files of one destination (and of its <c>.bak</c>) that a killed writer left behind:
/// SIGKILL, the OOM killer or a power cut between creating the temporary file and renaming it. Each such kill leaves
/// one 1:1 copy of the output next to it (dot-named, so nginx never loads it), and nothing else would ever remove it.
/// </summary>
/// <remarks>
/// A live writer holds an exclusive flock on its temporary file until just before the rename, and the kernel drops
/// that lock when the process dies, so "the lock can be taken" means "no process is writing it". Only then is the
/// file deleted. Two processes writing the same destination at once (a misconfiguration) could still lose a write
/// in the instant between a writer's open and its lock, or between its close and its rename: its rename then fails
/// with "the destination was not changed", never with a damaged file. Cleanup is best effort and never fails a write.
/// </remarks>
internal static class AbandonedTemporaryFiles
{
    private static readonly EnumerationOptions Siblings = new()
    {
        AttributesToSkip = 0, // dot files count as hidden on Unix, and ours all start with a dot
        IgnoreInaccessible = true,
        MatchType = MatchType.Simple,
        RecurseSubdirectories = false,
    };

    /// <summary>Deletes the abandoned temporary files of <paramref name="destination"/>; returns how many.</summary>
    public static int DeleteFor(string destination)
    {
        if (OperatingSystem.IsWindows())
        {
            // The liveness test is flock(2); Windows has no equivalent here, and the product targets Linux.
            return 0;
        }

        var deleted = 0;
        try
        {
            var directory = Path.GetDirectoryName(destination)!;
            foreach (var path in Directory.EnumerateFiles(directory, "*.tmp", Siblings))
            {
                if (OutputFileNames.IsTemporaryFileOf(Path.GetFileName(path), destination) && TryDeleteUnused(path))
                {
                    deleted++;
                }
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Listing failed part way; what was deleted stays deleted, and the next write tries again.
        }

        return deleted;
    }

    private static bool TryDeleteUnused(string path)
    {
        try
        {
            // FileShare.None asks .NET for the same exclusive flock and fails with an IOException when a writer holds it.
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.None);
            if (Libc.TryLockExclusive(handle) != FileLockAttempt.Taken)
            {
                return false;
            }

            // Deleted while locked, so no other cleanup can be between its check and this delete.
            File.Delete(path);
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
