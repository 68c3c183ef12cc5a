namespace Renderer.Core.Tests.Output.CrashSafety;

/// <summary>How a killed (or finished) child ended: its exit code, every stdout line it wrote, its stderr.</summary>
internal sealed record ChildExit(int ExitCode, IReadOnlyList<string> Lines, string Errors)
{
    public bool WasKilled => ExitCode == ChildUnderTest.KilledExitCode;
}
