using Microsoft.Extensions.Logging;

namespace Renderer.Core.Checking;

/// <summary>Log messages of <see cref="OutputChecker"/> (source-generated, no boxing, structured fields).</summary>
internal static partial class CheckerLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Check of {Path} passed: {Command} ({Duration})")]
    public static partial void Passed(ILogger logger, string path, string command, TimeSpan duration);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Check of {Path} failed: {Command} exited with {ExitCode}; the previous file was restored. Output:\n{Output}")]
    public static partial void Failed(ILogger logger, string path, string command, int exitCode, string output);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Check of {Path} timed out after {Timeout}: {Command} (killed: {Killed}); the previous file was restored. Output:\n{Output}")]
    public static partial void TimedOut(ILogger logger, string path, string command, TimeSpan timeout, bool killed, string output);
}
