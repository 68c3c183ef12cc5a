namespace Renderer.Processes;

/// <summary>Why the runner ended a process early, if it did.</summary>
public enum ProcessTermination
{
    /// <summary>The process exited on its own.</summary>
    None,

    /// <summary>The process ran past <see cref="ProcessRunOptions.Timeout"/> and was interrupted.</summary>
    Timeout,

    /// <summary>The caller's cancellation token fired and the process was interrupted.</summary>
    Cancellation,
}
