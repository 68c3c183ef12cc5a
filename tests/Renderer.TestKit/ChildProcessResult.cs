namespace Renderer.TestKit;

/// <summary>Exit code and merged stdout/stderr of a finished child.</summary>
internal sealed record ChildProcessResult(int ExitCode, string Output);
