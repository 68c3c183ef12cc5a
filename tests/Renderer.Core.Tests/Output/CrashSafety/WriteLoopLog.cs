using System.Globalization;

namespace Renderer.Core.Tests.Output.CrashSafety;

/// <summary>
/// How far <c>atomic-write-loop</c> got before the kill, from its <c>begin V</c> / <c>done V</c> lines: every line
/// is in the pipe before the next step runs, so the log read after the kill is exact.
/// </summary>
internal sealed record WriteLoopLog(int LastBegun, int LastDone)
{
    /// <summary>True when the kill landed between <c>begin V</c> and <c>done V</c>.</summary>
    public bool KilledDuringWrite => LastBegun > LastDone;

    public static WriteLoopLog Parse(IEnumerable<string> lines)
    {
        int begun = 0, done = 0;
        foreach (var line in lines)
        {
            var parts = line.Split(' ');
            if (parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                begun = parts[0] == "begin" ? version : begun;
                done = parts[0] == "done" ? version : done;
            }
        }

        return new WriteLoopLog(begun, done);
    }
}
