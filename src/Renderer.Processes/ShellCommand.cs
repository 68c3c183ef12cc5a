using System.Buffers;

namespace Renderer.Processes;

/// <summary>
/// Commands given as one string (the reload and check commands of a template) run through <c>/bin/sh -c</c>,
/// exactly as consul-template does, so pipes, <c>&amp;&amp;</c> and quoting behave as users expect.
/// </summary>
public static class ShellCommand
{
    /// <summary>The shell used. POSIX guarantees <c>/bin/sh</c>; PATH is not consulted so a user's PATH cannot swap it.</summary>
    public const string ShellPath = "/bin/sh";

    private static readonly SearchValues<char> SafeCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./:=@%+,");

    /// <summary>A command that runs <paramref name="commandLine"/> with <c>/bin/sh -c</c>; the string is one argument.</summary>
    /// <exception cref="ArgumentException">The command line is empty or only whitespace.</exception>
    public static ProcessCommand Create(string commandLine)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        if (string.IsNullOrWhiteSpace(commandLine))
        {
            throw new ArgumentException("A shell command line must not be empty or only whitespace.", nameof(commandLine));
        }

        if (commandLine.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Shell command line '{commandLine.Replace("\0", "\\0", StringComparison.Ordinal)}' contains a NUL character.", nameof(commandLine));
        }

        return new ProcessCommand(ShellPath).WithArguments("-c", commandLine);
    }

    /// <summary>
    /// Quotes one argument for a POSIX shell: unchanged when it has only safe characters, otherwise wrapped in single
    /// quotes with each <c>'</c> written as <c>'\''</c>.
    /// </summary>
    public static string Quote(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        if (argument.Length > 0 && argument.AsSpan().IndexOfAnyExcept(SafeCharacters) < 0)
        {
            return argument;
        }

        return "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }
}
