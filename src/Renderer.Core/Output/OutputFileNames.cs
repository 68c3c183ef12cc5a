namespace Renderer.Core.Output;

/// <summary>Names of the files an atomic write creates next to the destination.</summary>
public static class OutputFileNames
{
    /// <summary>Suffix of the backup of the previous file.</summary>
    public const string BackupSuffix = ".bak";

    /// <summary>Marker in every temporary file name; a leftover with it is ours.</summary>
    public const string TemporaryMarker = ".renderer-";

    // NAME_MAX is 255 bytes on Linux; keep at most 200 bytes of the name, leaving room for the dot, the marker, 12 random characters and ".tmp".
    private const int MaxKeptNameLength = 200;
    private const int RandomLength = 12;
    private const string TemporarySuffix = ".tmp";

    /// <summary>
    /// A temporary name in the destination's directory: <c>.&lt;name&gt;.renderer-&lt;random&gt;.tmp</c>. The leading dot
    /// and the <c>.tmp</c> suffix keep it out of <c>include *.conf</c> (glob skips dot files), so a reload that
    /// races with the write never loads half a file.
    /// </summary>
    public static string TemporaryPathFor(string destination)
    {
        var directory = Path.GetDirectoryName(destination) ?? "";
        return Path.Combine(directory, $"{TemporaryPrefixFor(destination)}{Guid.NewGuid().ToString("N")[..RandomLength]}{TemporarySuffix}");
    }

    /// <summary>
    /// True when <paramref name="fileName"/> is a name <see cref="TemporaryPathFor"/> gives for
    /// <paramref name="destination"/> or for its <c>.bak</c> copy: what a killed writer of that destination can leave.
    /// </summary>
    public static bool IsTemporaryFileOf(string fileName, string destination) =>
        HasTemporaryShape(fileName, TemporaryPrefixFor(destination)) || HasTemporaryShape(fileName, TemporaryPrefixFor(BackupPathFor(destination)));

    /// <summary>Where <see cref="OutputWriteRequest.Backup"/> keeps the previous file: <c>&lt;destination&gt;.bak</c>.</summary>
    public static string BackupPathFor(string destination) => destination + BackupSuffix;

    private static string TemporaryPrefixFor(string destination)
    {
        var name = Path.GetFileName(destination);
        while (System.Text.Encoding.UTF8.GetByteCount(name) > MaxKeptNameLength)
        {
            name = name[..^(char.IsLowSurrogate(name[^1]) ? 2 : 1)];
        }

        return $".{name}{TemporaryMarker}";
    }

    private static bool HasTemporaryShape(string fileName, string prefix) =>
        fileName.Length == prefix.Length + RandomLength + TemporarySuffix.Length
        && fileName.StartsWith(prefix, StringComparison.Ordinal)
        && fileName.EndsWith(TemporarySuffix, StringComparison.Ordinal)
        && !fileName.AsSpan(prefix.Length, RandomLength).ContainsAnyExcept("0123456789abcdef");
}
