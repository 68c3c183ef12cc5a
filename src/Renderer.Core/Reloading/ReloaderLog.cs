using Microsoft.Extensions.Logging;

namespace Renderer.Core.Reloading;

/// <summary>Log messages of <see cref="Reloader"/> (source-generated, structured fields).</summary>
internal static partial class ReloaderLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Running reload command {Command}")]
    public static partial void Running(ILogger logger, string command);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Reload command {Command} succeeded in {Duration}. Output: {Output}")]
    public static partial void Succeeded(ILogger logger, string command, TimeSpan duration, string output);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "Reload command {Command} failed with exit code {ExitCode}. Output:\n{Output}")]
    public static partial void Failed(ILogger logger, string command, int exitCode, string output);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "Reload command {Command} timed out after {Duration} (killed: {Killed}). Output:\n{Output}")]
    public static partial void TimedOut(ILogger logger, string command, TimeSpan duration, bool killed, string output);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Reload command {Command} did not complete: {Outcome}")]
    public static partial void NotCompleted(ILogger logger, string command, ReloadOutcome outcome);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Error, Message = "Reload command {Command} could not start: {Reason}")]
    public static partial void CouldNotStart(ILogger logger, string command, string reason);
}
