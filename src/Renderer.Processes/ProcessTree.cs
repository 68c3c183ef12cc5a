using System.Globalization;
using Renderer.Processes.Interop;

namespace Renderer.Processes;

/// <summary>
/// Finds and signals a process's descendants through /proc (Linux). A shell running a reload command may fork
/// children that outlive it and keep our output pipes open, so interrupts and kills go to the whole tree.
/// </summary>
internal static class ProcessTree
{
    /// <summary>One process, identified by pid and start time so a recycled pid is never signalled.</summary>
    internal readonly record struct Member(int ProcessId, long StartTime);

    /// <summary>The root and all its current descendants (root first), or just the root where /proc is missing.</summary>
    public static IReadOnlyList<Member> Snapshot(int rootProcessId)
    {
        var stats = ReadAllStats();
        var root = stats.TryGetValue(rootProcessId, out var rootStat) ? new Member(rootProcessId, rootStat.StartTime) : new Member(rootProcessId, 0);
        var members = new List<Member> { root };
        var childrenByParent = stats.Values.ToLookup(stat => stat.ParentId);
        for (var i = 0; i < members.Count; i++)
        {
            members.AddRange(childrenByParent[members[i].ProcessId].Select(child => new Member(child.ProcessId, child.StartTime)));
        }

        return members;
    }

    /// <summary>Sends <paramref name="signal"/> to every member still alive; returns how many were signalled.</summary>
    public static int Signal(IEnumerable<Member> members, int signal)
    {
        var signalled = 0;
        foreach (var member in members.Where(IsAlive))
        {
            if (Libc.Kill(member.ProcessId, signal) == 0)
            {
                signalled++;
            }
        }

        return signalled;
    }

    /// <summary>True while the process exists, is the same process (same start time) and is not a zombie.</summary>
    public static bool IsAlive(Member member)
    {
        if (!Directory.Exists("/proc/self"))
        {
            return Libc.Kill(member.ProcessId, Libc.NoSignal) == 0;
        }

        var stat = ReadStat(member.ProcessId);
        return stat is not null && stat.Value.State != 'Z' && (member.StartTime == 0 || stat.Value.StartTime == member.StartTime);
    }

    private static Dictionary<int, Stat> ReadAllStats()
    {
        var result = new Dictionary<int, Stat>();
        if (!Directory.Exists("/proc/self"))
        {
            return result;
        }

        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && ReadStat(pid) is { } stat)
            {
                result[pid] = stat;
            }
        }

        return result;
    }

    private static Stat? ReadStat(int processId)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{processId}/stat");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // Format (proc(5)): "pid (comm) state ppid ... starttime(22nd field) ..."; comm may contain spaces and ')'.
        var close = text.LastIndexOf(')');
        if (close < 0)
        {
            return null;
        }

        var fields = text[(close + 2)..].Split(' ');
        if (fields.Length < 20
            || !int.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var parent)
            || !long.TryParse(fields[19], NumberStyles.Integer, CultureInfo.InvariantCulture, out var start))
        {
            return null;
        }

        return new Stat(processId, parent, fields[0][0], start);
    }

    private readonly record struct Stat(int ProcessId, int ParentId, char State, long StartTime);
}
