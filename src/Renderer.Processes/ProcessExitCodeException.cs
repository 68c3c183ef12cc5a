namespace Renderer.Processes;

/// <summary>The process exited on its own with a non-zero code.</summary>
public sealed class ProcessExitCodeException : ProcessExecutionException
{
    /// <summary>Creates the exception from the failed run.</summary>
    public ProcessExitCodeException(ProcessResult result)
        : base(result.Command, $"Command '{result.Command}' exited with code {result.ExitCode}. Standard error:{Environment.NewLine}{Tail(result.StandardError)}")
    {
        Result = result;
    }

    /// <summary>The run, with its full (bounded) output.</summary>
    public ProcessResult Result { get; }

    /// <summary>The exit code.</summary>
    public int ExitCode => Result.ExitCode;
}
