namespace Renderer.TestKit;

/// <summary>Outcome of <c>nginx -t</c>: its exit code and what it printed (nginx reports on stderr).</summary>
public sealed record NginxTestResult(int ExitCode, string Output)
{
    /// <summary>True when nginx accepted the configuration.</summary>
    public bool Succeeded => ExitCode == 0;
}
