using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Renderer.Core.Tests.Output.CrashSafety;

/// <summary>
/// Reads the files TestDummy's <c>atomic-write-loop</c> writes: a header
/// <c># renderer crash test: tag=T version=V length=L sha256=H</c> and a body of exactly L bytes hashing to H.
/// Verified here, independently of the writer, so a torn, truncated or spliced file cannot pass.
/// </summary>
internal static partial class SelfCheckingContent
{
    /// <summary>The version <paramref name="content"/> is, or null with <paramref name="problem"/> saying why it is not a whole one.</summary>
    public static VersionStamp? Verify(byte[] content, out string problem)
    {
        var newline = Array.IndexOf(content, (byte)'\n');
        var match = newline < 0 ? null : Header().Match(Encoding.ASCII.GetString(content, 0, newline));
        if (match is null || !match.Success)
        {
            problem = $"no valid header line (file of {content.Length} bytes)";
            return null;
        }

        var length = long.Parse(match.Groups["length"].Value, CultureInfo.InvariantCulture);
        var body = content.AsSpan(newline + 1);
        if (body.Length != length)
        {
            problem = $"header says {length} body bytes, the file has {body.Length}";
            return null;
        }

        if (Convert.ToHexStringLower(SHA256.HashData(body)) != match.Groups["hash"].Value)
        {
            problem = "the body's SHA-256 differs from the header's";
            return null;
        }

        problem = "";
        return new VersionStamp(match.Groups["tag"].Value, int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("^# renderer crash test: tag=(?<tag>\\S+) version=(?<version>[0-9]+) length=(?<length>[0-9]+) sha256=(?<hash>[0-9a-f]{64})$")]
    private static partial Regex Header();
}
