namespace Renderer.Processes;

/// <summary>The process ran past its timeout and was interrupted (and, if it ignored that, killed).</summary>
public sealed class ProcessTimeoutException : ProcessExecutionException
{
    /// <summary>Creates the exception from the timed-out run.</summary>
    public ProcessTimeoutException(ProcessResult result)
        : base(result.Command, BuildMessage(result))
    {
        Result = result;
    }

    /// <summary>The run, with the output captured before it ended.</summary>
    public ProcessResult Result { get; }

    /// <summary>True when SIGTERM was not enough and the process tree was killed.</summary>
    public bool Killed => Result.Killed;

    private static string BuildMessage(ProcessResult result)
    {
        var ending = result.Killed
            ? "it ignored SIGTERM and was killed after the grace period"
            : "it was interrupted with SIGTERM";
        return $"Command '{result.Command}' did not finish within its timeout ({result.Duration.TotalSeconds:0.###} s elapsed); " +
               $"{ending}. Raise the timeout if the command is expected to take longer. Standard error:{Environment.NewLine}{Tail(result.StandardError)}";
    }
}
