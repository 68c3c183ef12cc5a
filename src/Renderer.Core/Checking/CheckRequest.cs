using Renderer.Core.Output;

namespace Renderer.Core.Checking;

/// <summary>A validation command to run against a file that has just been written.</summary>
/// <param name="Write">The write to validate; only a <see cref="OutputWriteOutcome.Written"/> one is checked and can be rolled back.</param>
/// <param name="CommandLine">The command, run with <c>/bin/sh -c</c>, e.g. <c>nginx -t -q</c>; exit code 0 means valid.</param>
public sealed record CheckRequest(OutputWriteResult Write, string CommandLine)
{
    /// <summary>How long the command may run before it is interrupted and the check counts as failed. <value>Default: 30 seconds.</value></summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an interrupted command may take before it is killed. <value>Default: 3 seconds.</value></summary>
    public TimeSpan GracePeriod { get; init; } = TimeSpan.FromSeconds(3);
}
