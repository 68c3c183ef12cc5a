using System.Runtime.CompilerServices;
using System.Text;

namespace Renderer.TestKit;

/// <summary>
/// Snapshot assertion in the style of Verify: the expected text lives in a <c>*.verified.*</c> file next to the
/// test source; a mismatch writes <c>*.received.*</c> beside it and fails with a unified diff.
/// </summary>
/// <remarks>
/// Comparison is exact, line endings included. Setting the environment variable
/// <c>RENDERER_ACCEPT_SNAPSHOTS=1</c> accepts the actual text instead of failing (missing or different
/// verified file), which is how snapshots are created and updated on purpose.
/// </remarks>
public static class Snapshot
{
    /// <summary>The environment variable that, when <c>1</c>, accepts the received text as verified.</summary>
    public const string AcceptVariable = "RENDERER_ACCEPT_SNAPSHOTS";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Compares <paramref name="actual"/> with the verified file.</summary>
    /// <param name="actual">The text produced by the test.</param>
    /// <param name="verifiedPath">
    /// Path of the verified file, e.g. <c>Snapshots/http.verified.conf</c>. A relative path is resolved against
    /// the directory of the calling source file. The file name must contain <c>.verified.</c>.
    /// </param>
    /// <param name="callerFilePath">Supplied by the compiler; do not pass.</param>
    public static Task VerifyAsync(string actual, string verifiedPath, [CallerFilePath] string callerFilePath = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        var fullPath = ResolveVerifiedPath(verifiedPath, callerFilePath);
        return VerifyResolvedAsync(actual, fullPath, AcceptRequested());
    }

    /// <summary>
    /// Resolves a verified-file path the way <see cref="VerifyAsync"/> does, so a test can name the file once.
    /// </summary>
    public static string ResolveVerifiedPath(string verifiedPath, [CallerFilePath] string callerFilePath = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(verifiedPath);
        if (!Path.GetFileName(verifiedPath).Contains(".verified.", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Snapshot file name '{verifiedPath}' must contain '.verified.' (for example 'http.verified.conf').",
                nameof(verifiedPath));
        }

        if (Path.IsPathRooted(verifiedPath))
        {
            return Path.GetFullPath(verifiedPath);
        }

        var baseDirectory = Path.GetDirectoryName(callerFilePath);
        if (string.IsNullOrEmpty(baseDirectory))
        {
            throw new ArgumentException(
                $"Cannot resolve relative snapshot path '{verifiedPath}': the caller's source path is unknown.",
                nameof(verifiedPath));
        }

        return Path.GetFullPath(Path.Combine(baseDirectory, verifiedPath));
    }

    /// <summary>The received-file path that belongs to a verified-file path.</summary>
    public static string ReceivedPathFor(string verifiedFullPath)
    {
        var directory = Path.GetDirectoryName(verifiedFullPath) ?? "";
        var name = Path.GetFileName(verifiedFullPath);
        var index = name.LastIndexOf(".verified.", StringComparison.Ordinal);
        if (index < 0)
        {
            throw new ArgumentException($"'{verifiedFullPath}' is not a verified-file path.", nameof(verifiedFullPath));
        }

        return Path.Combine(directory, string.Concat(name.AsSpan(0, index), ".received.", name.AsSpan(index + 10)));
    }

    internal static async Task VerifyResolvedAsync(string actual, string verifiedPath, bool accept)
    {
        var receivedPath = ReceivedPathFor(verifiedPath);
        var expected = File.Exists(verifiedPath)
            ? await File.ReadAllTextAsync(verifiedPath, Utf8NoBom).ConfigureAwait(false)
            : null;

        if (expected is not null && string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.Delete(receivedPath);
            return;
        }

        if (accept)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(verifiedPath)!);
            await File.WriteAllTextAsync(verifiedPath, actual, Utf8NoBom).ConfigureAwait(false);
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
        await File.WriteAllTextAsync(receivedPath, actual, Utf8NoBom).ConfigureAwait(false);
        throw expected is null
            ? SnapshotMismatchException.Missing(verifiedPath, receivedPath)
            : SnapshotMismatchException.Different(verifiedPath, receivedPath, SnapshotDiff.Render(expected, actual, verifiedPath, receivedPath));
    }

    private static bool AcceptRequested() =>
        Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true";
}
