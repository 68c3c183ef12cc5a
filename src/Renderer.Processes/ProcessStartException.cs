namespace Renderer.Processes;

/// <summary>The process could not be started (executable missing or not executable, bad working directory).</summary>
public sealed class ProcessStartException : ProcessExecutionException
{
    /// <summary>Creates the exception; <paramref name="innerException"/> is the operating system's error.</summary>
    public ProcessStartException(ProcessCommand command, Exception innerException)
        : base(command, BuildMessage(command, innerException), innerException)
    {
    }

    private static string BuildMessage(ProcessCommand command, Exception innerException)
    {
        var directory = command.WorkingDirectory is null ? "" : $" in '{command.WorkingDirectory}'";
        return $"Could not start command '{command}'{directory}: {innerException.Message}. " +
               $"Check that '{command.TargetFilePath}' exists, is executable and is on PATH (or give its full path).";
    }
}
