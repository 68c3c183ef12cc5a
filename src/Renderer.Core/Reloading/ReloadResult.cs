namespace Renderer.Core.Reloading;

/// <summary>What one reload command did.</summary>
/// <param name="CommandLine">The command as planned.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="ExitCode">Its exit code, or null when it did not run.</param>
/// <param name="StandardOutput">Captured standard output (bounded).</param>
/// <param name="StandardError">Captured standard error (bounded), or why it could not start.</param>
/// <param name="Duration">How long it ran.</param>
/// <param name="Killed">True when it ignored the interrupt and was killed after the grace period.</param>
public sealed record ReloadResult(
    string CommandLine,
    ReloadOutcome Outcome,
    int? ExitCode,
    string StandardOutput,
    string StandardError,
    TimeSpan Duration,
    bool Killed)
{
    /// <summary>True when the command exited with code 0.</summary>
    public bool Succeeded => Outcome == ReloadOutcome.Succeeded;
}
