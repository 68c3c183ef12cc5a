using Microsoft.Extensions.Logging;

namespace Renderer.Core.Running;

internal static partial class RunnerLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Rendered {Destination} (written)")]
    public static partial void Written(ILogger logger, string destination);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rendered {Destination} (unchanged)")]
    public static partial void Unchanged(ILogger logger, string destination);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dry run: {Destination} would change")]
    public static partial void WouldWrite(ILogger logger, string destination);

    [LoggerMessage(Level = LogLevel.Error, Message = "Template {Source} failed to render; {Destination} is left as it is: {Error}")]
    public static partial void RenderFailed(ILogger logger, string source, string destination, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Check of {Destination} failed; the previous file was restored and no reload runs: {Error}")]
    public static partial void CheckFailed(ILogger logger, string destination, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write {Destination}; the previous file is untouched: {Error}")]
    public static partial void WriteFailed(ILogger logger, string destination, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Template {Source} is still waiting for data: {Missing}")]
    public static partial void WaitingForData(ILogger logger, string source, string missing);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reloading configuration and templates (SIGHUP)")]
    public static partial void Reloading(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading configuration failed; keeping the running one: {Error}")]
    public static partial void ReloadingFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The reloaded configuration changes how Consul is reached (or the catalog file); that takes a restart. Templates, variables and waits were applied")]
    public static partial void RestartNeeded(ILogger logger);
}
