using System.Globalization;

namespace Renderer.LoadTests;

/// <summary>CPU time and memory of a process, from /proc (Linux).</summary>
internal static class ProcessProbe
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux.

    /// <summary>utime + stime: CPU time the process used so far.</summary>
    public static TimeSpan CpuTime(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>A field of /proc/PID/status in kB, e.g. <c>VmRSS</c> (resident now) or <c>VmHWM</c> (peak resident).</summary>
    public static long StatusKilobytes(int pid, string field)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"/proc/{pid}/status has no {field}.");
    }
}
