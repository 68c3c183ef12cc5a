using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Renderer.Core.Output;

/// <summary>
/// The <c>atomic-write-loop DEST TAG COUNT BACKUP</c> step: writes version 1, 2, … of a large self-verifying file to
/// DEST through <see cref="AtomicFileWriter"/>, printing <c>begin V</c> before each write and <c>done V</c> after it,
/// until COUNT writes are done (0: until killed). The crash tests SIGKILL it at random moments.
/// </summary>
/// <remarks>
/// Each version is 1–4 MiB: a header line <c># renderer crash test: tag=TAG version=V length=L sha256=H</c> and a
/// body of L bytes whose SHA-256 is H, so a torn or mixed file is caught by reading the file alone. Sizes come from
/// TAG and V, so a run is reproducible. Console.Out flushes every line into the pipe before the next write starts,
/// so after the kill the parent reads exactly how far the loop got.
/// </remarks>
internal static class AtomicWriteLoop
{
    private const int MinimumLength = 1 << 20;
    private const int MaximumLength = 4 << 20;

    public static void Run(string destination, string tag, int count, bool backup)
    {
        var writer = new AtomicFileWriter();
        for (var version = 1; count == 0 || version <= count; version++)
        {
            var content = Build(tag, version);
            Console.Out.WriteLine($"begin {version}");
            Console.Out.Flush();
            writer.WriteIfChangedAsync(new OutputWriteRequest(destination, content) { Backup = backup }).GetAwaiter().GetResult();
            Console.Out.WriteLine($"done {version}");
            Console.Out.Flush();
        }
    }

    private static byte[] Build(string tag, int version)
    {
        var random = new Random(StableHash($"{tag}/{version}"));
        var length = random.Next(MinimumLength, MaximumLength + 1);
        var body = new byte[length];
        var line = Encoding.ASCII.GetBytes($"{tag}.{version} {new string('=', 40)}\n");
        for (var offset = 0; offset < length; offset += line.Length)
        {
            line.AsSpan(0, Math.Min(line.Length, length - offset)).CopyTo(body.AsSpan(offset));
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(body));
        var header = Encoding.ASCII.GetBytes(string.Create(
            CultureInfo.InvariantCulture, $"# renderer crash test: tag={tag} version={version} length={length} sha256={hash}\n"));
        return [.. header, .. body];
    }

    // string.GetHashCode is randomized per process; the sizes must not be.
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & int.MaxValue);
    }
}
