namespace Renderer.Core.Checking;

/// <summary>
/// What a check found: <see cref="Passed"/> (the new file stays), <see cref="Failed"/> or <see cref="TimedOut"/> (the
/// previous file was restored), or <see cref="Skipped"/> (nothing was written, so nothing to check).
/// </summary>
public abstract partial record CheckResult
{
    private CheckResult(string commandLine, string output)
    {
        CommandLine = commandLine;
        Output = output;
    }

    /// <summary>The check command.</summary>
    public string CommandLine { get; }

    /// <summary>What the command printed: standard output, then standard error (nginx reports on standard error).</summary>
    public string Output { get; }

    /// <summary>True when the new file may stay: the check passed or there was nothing to check.</summary>
    public bool Accepted => this is Passed or Skipped;
}
