namespace Renderer.Processes;

/// <summary>What a finished run did: exit code, captured (bounded) output, how long it took and how it ended.</summary>
/// <param name="Command">The command that ran.</param>
/// <param name="ExitCode">The exit code; for a process ended by a signal, 128 + the signal number (143 for SIGTERM, 137 for SIGKILL).</param>
/// <param name="StandardOutput">Standard output (UTF-8); when truncated, starts with a marker line saying how much was dropped.</param>
/// <param name="StandardError">Standard error, bounded the same way.</param>
/// <param name="Duration">Time from start to exit.</param>
/// <param name="TerminatedBy">Whether the runner interrupted the process, and why.</param>
/// <param name="Killed">True when the interrupt was not enough and the process tree was killed after the grace period.</param>
public sealed record ProcessResult(
    ProcessCommand Command,
    int ExitCode,
    string StandardOutput,
    string StandardError,
    TimeSpan Duration,
    ProcessTermination TerminatedBy,
    bool Killed)
{
    /// <summary>True when standard output exceeded <see cref="ProcessRunOptions.MaxOutputBytes"/> and only its tail was kept.</summary>
    public bool StandardOutputTruncated { get; init; }

    /// <summary>True when standard error exceeded <see cref="ProcessRunOptions.MaxOutputBytes"/> and only its tail was kept.</summary>
    public bool StandardErrorTruncated { get; init; }

    /// <summary>True when the process exited on its own with code 0.</summary>
    public bool Succeeded => TerminatedBy == ProcessTermination.None && ExitCode == 0;

    /// <summary>Returns this result when it succeeded; otherwise throws the exception that describes the failure.</summary>
    /// <exception cref="ProcessExitCodeException">The process exited with a non-zero code.</exception>
    /// <exception cref="ProcessTimeoutException">The process ran past its timeout.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public ProcessResult EnsureSuccess() => TerminatedBy switch
    {
        ProcessTermination.Timeout => throw new ProcessTimeoutException(this),
        ProcessTermination.Cancellation => throw new OperationCanceledException($"Command '{Command}' was cancelled{(Killed ? " and killed" : "")}."),
        _ when ExitCode != 0 => throw new ProcessExitCodeException(this),
        _ => this,
    };
}
