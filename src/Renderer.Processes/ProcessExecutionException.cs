namespace Renderer.Processes;

/// <summary>Base of every failure to run a command; carries the command so callers can report it.</summary>
public abstract class ProcessExecutionException : Exception
{
    /// <summary>Lines of standard error quoted in messages.</summary>
    protected const int QuotedErrorLines = 20;

    /// <summary>Creates the exception for <paramref name="command"/>.</summary>
    protected ProcessExecutionException(ProcessCommand command, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Command = command;
    }

    /// <summary>The command that failed.</summary>
    public ProcessCommand Command { get; }

    /// <summary>The last <paramref name="lines"/> non-empty lines of <paramref name="text"/>, or a note that it was empty.</summary>
    protected static string Tail(string text, int lines = QuotedErrorLines)
    {
        var all = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (all.Length == 0)
        {
            return "(standard error was empty)";
        }

        var kept = all.TakeLast(lines);
        var prefix = all.Length > lines ? $"(last {lines} of {all.Length} lines)" + Environment.NewLine : "";
        return prefix + string.Join(Environment.NewLine, kept);
    }
}
