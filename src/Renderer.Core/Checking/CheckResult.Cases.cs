namespace Renderer.Core.Checking;

public abstract partial record CheckResult
{
    /// <summary>The command exited with 0; the new file stays in place.</summary>
    public sealed record Passed(string CommandLine, string Output, TimeSpan Duration) : CheckResult(CommandLine, Output);

    /// <summary>The command exited with a non-zero code; the previous file was restored.</summary>
    public sealed record Failed(string CommandLine, int ExitCode, string Output, TimeSpan Duration) : CheckResult(CommandLine, Output);

    /// <summary>The command ran past its timeout and was interrupted (or killed); the previous file was restored.</summary>
    public sealed record TimedOut(string CommandLine, TimeSpan Timeout, bool Killed, string Output) : CheckResult(CommandLine, Output);

    /// <summary>The write changed nothing on disk (unchanged or dry run), so the command did not run.</summary>
    public sealed record Skipped(string CommandLine, string Reason) : CheckResult(CommandLine, "");
}
