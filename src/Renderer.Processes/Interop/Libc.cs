using System.Runtime.InteropServices;

namespace Renderer.Processes.Interop;

/// <summary>
/// The one POSIX call .NET does not expose: sending a chosen signal. <see cref="System.Diagnostics.Process.Kill()"/>
/// only sends SIGKILL, which gives a reload command no chance to clean up.
/// </summary>
internal static partial class Libc
{
    /// <summary>SIGTERM, 15 on Linux and macOS.</summary>
    public const int SigTerm = 15;

    /// <summary>SIGKILL, 9 on Linux and macOS.</summary>
    public const int SigKill = 9;

    /// <summary>Signal 0 checks that a process exists without affecting it.</summary>
    public const int NoSignal = 0;

    /// <summary><c>kill(2)</c>: returns 0 on success, -1 with errno (ESRCH when the process is gone).</summary>
    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int processId, int signal);
}
