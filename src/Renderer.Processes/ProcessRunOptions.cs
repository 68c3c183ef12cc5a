namespace Renderer.Processes;

/// <summary>How <see cref="ProcessRunner"/> bounds a run: time, the interrupt-then-kill grace, captured output.</summary>
public sealed record ProcessRunOptions
{
    /// <summary>The default options: no timeout, 3 s grace, 64 KiB of each output stream.</summary>
    public static ProcessRunOptions Default { get; } = new();

    /// <summary>
    /// How long the process may run before it is interrupted (SIGTERM). <value>Default: null, no limit.</value>
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// How long an interrupted process (timeout or cancellation) may take to exit before it and its descendants are
    /// killed (SIGKILL). <value>Default: 3 seconds.</value>
    /// </summary>
    public TimeSpan GracePeriod { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Bytes kept of standard output and, separately, of standard error; beyond this the tail is kept.
    /// <value>Default: 65,536 (64 KiB).</value>
    /// </summary>
    public int MaxOutputBytes { get; init; } = 64 * 1024;

    /// <summary>
    /// How long to keep reading output after the process exited; a daemon it started may hold the pipes open
    /// forever (e.g. a command that starts nginx). <value>Default: 2 seconds.</value>
    /// </summary>
    public TimeSpan OutputDrainTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The clock for timeouts, the grace period and <see cref="ProcessResult.Duration"/>. <value>Default: <see cref="TimeProvider.System"/>.</value></summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid value.</summary>
    public void Validate()
    {
        if (Timeout is { } timeout && timeout <= TimeSpan.Zero && timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), timeout, "Timeout must be positive (or null for none).");
        }

        if (GracePeriod < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(GracePeriod), GracePeriod, "GracePeriod must not be negative.");
        }

        if (MaxOutputBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxOutputBytes), MaxOutputBytes, "MaxOutputBytes must be at least 1.");
        }

        if (OutputDrainTimeout < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(OutputDrainTimeout), OutputDrainTimeout, "OutputDrainTimeout must not be negative.");
        }

        ArgumentNullException.ThrowIfNull(TimeProvider);
    }
}
