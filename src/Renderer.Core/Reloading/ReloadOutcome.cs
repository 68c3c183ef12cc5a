namespace Renderer.Core.Reloading;

/// <summary>How one reload command ended.</summary>
public enum ReloadOutcome
{
    /// <summary>Exited with code 0.</summary>
    Succeeded,

    /// <summary>Exited with a non-zero code.</summary>
    Failed,

    /// <summary>Ran past the plan's timeout; interrupted, and killed if it ignored that.</summary>
    TimedOut,

    /// <summary>Interrupted because the run was cancelled (shutdown).</summary>
    Cancelled,

    /// <summary>The shell could not be started.</summary>
    CouldNotStart,

    /// <summary>Not started because the run was cancelled before its turn.</summary>
    Skipped,
}
