using System.IO.Enumeration;

namespace Renderer.Core.Tests.Output.CrashSafety;

/// <summary>
/// What a killed writer left next to the destination: the destination's and the <c>.bak</c>'s bytes, the writer's
/// temporary files, what <c>include DIR/*.conf</c> would load, and anything else.
/// </summary>
/// <param name="Destination">The destination's bytes, or null when it does not exist.</param>
/// <param name="Backup">The <c>.bak</c> copy's bytes, or null.</param>
/// <param name="Temporaries">Names of temporary files of the destination or of its <c>.bak</c>.</param>
/// <param name="Includable">Names nginx's <c>include DIR/*.conf</c> would load (glob(3) skips dot files).</param>
/// <param name="Unexpected">Any other name.</param>
internal sealed record OutputDirectoryState(
    byte[]? Destination,
    byte[]? Backup,
    IReadOnlySet<string> Temporaries,
    IReadOnlyList<string> Includable,
    IReadOnlyList<string> Unexpected)
{
    public static OutputDirectoryState Read(string destination)
    {
        var directory = Path.GetDirectoryName(destination)!;
        var name = Path.GetFileName(destination);
        var names = Directory.EnumerateFileSystemEntries(directory).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal).ToArray();
        var temporaries = names.Where(n => IsTemporaryOf(n, name) || IsTemporaryOf(n, name + ".bak")).ToHashSet(StringComparer.Ordinal);
        return new OutputDirectoryState(
            ReadIfExists(destination),
            ReadIfExists(destination + ".bak"),
            temporaries,
            [.. names.Where(n => !n.StartsWith('.') && FileSystemName.MatchesSimpleExpression("*.conf", n))],
            [.. names.Where(n => n != name && n != name + ".bak" && !temporaries.Contains(n))]);
    }

    // The writer's documented name: .<name>.renderer-<random>.tmp, in the destination's directory.
    private static bool IsTemporaryOf(string candidate, string name) =>
        candidate.StartsWith($".{name}.renderer-", StringComparison.Ordinal) && candidate.EndsWith(".tmp", StringComparison.Ordinal);

    private static byte[]? ReadIfExists(string path) => File.Exists(path) ? File.ReadAllBytes(path) : null;
}
