using System.Text;

namespace Renderer.Processes;

/// <summary>
/// An immutable description of a process to run: the executable, its arguments (passed as a list, never re-split),
/// the working directory and environment changes. Change it with the <c>With*</c> methods or <c>with</c>.
/// </summary>
/// <param name="TargetFilePath">The executable: a path, or a name looked up on PATH.</param>
public sealed record ProcessCommand(string TargetFilePath)
{
    private static readonly IReadOnlyDictionary<string, string?> NoVariables = new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>Arguments, each passed to the process as-is. <value>Default: none.</value></summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Working directory of the process. <value>Default: null, the current directory of this process.</value></summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>
    /// Environment variables to set on top of this process's environment; a null value removes the variable.
    /// <value>Default: none (the child inherits the environment unchanged).</value>
    /// </summary>
    public IReadOnlyDictionary<string, string?> EnvironmentVariables { get; init; } = NoVariables;

    /// <summary>Returns a copy with these arguments replacing the current ones.</summary>
    public ProcessCommand WithArguments(params IEnumerable<string> arguments)
    {
        var list = arguments.ToArray();
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentException($"Argument {i} of '{TargetFilePath}' is null.", nameof(arguments));
            }
        }

        return this with { Arguments = list };
    }

    /// <summary>Returns a copy that runs in <paramref name="workingDirectory"/>.</summary>
    public ProcessCommand WithWorkingDirectory(string? workingDirectory) => this with { WorkingDirectory = workingDirectory };

    /// <summary>Returns a copy that sets (or, with null, removes) one environment variable.</summary>
    public ProcessCommand WithEnvironmentVariable(string name, string? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.Contains('=', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Environment variable name '{name}' must not contain '='.", nameof(name));
        }

        var variables = new Dictionary<string, string?>(EnvironmentVariables, StringComparer.Ordinal) { [name] = value };
        return this with { EnvironmentVariables = variables };
    }

    /// <inheritdoc />
    public bool Equals(ProcessCommand? other) =>
        other is not null
        && string.Equals(TargetFilePath, other.TargetFilePath, StringComparison.Ordinal)
        && Arguments.SequenceEqual(other.Arguments, StringComparer.Ordinal)
        && string.Equals(WorkingDirectory, other.WorkingDirectory, StringComparison.Ordinal)
        && EnvironmentVariables.Count == other.EnvironmentVariables.Count
        && EnvironmentVariables.All(pair =>
            other.EnvironmentVariables.TryGetValue(pair.Key, out var value) && string.Equals(pair.Value, value, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(TargetFilePath, StringComparer.Ordinal);
        foreach (var argument in Arguments)
        {
            hash.Add(argument, StringComparer.Ordinal);
        }

        hash.Add(WorkingDirectory, StringComparer.Ordinal);
        hash.Add(EnvironmentVariables.Count);
        return hash.ToHashCode();
    }

    /// <summary>The command line as a POSIX shell would need it typed, e.g. <c>/bin/sh -c 'nginx -s reload'</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder(ShellCommand.Quote(TargetFilePath));
        foreach (var argument in Arguments)
        {
            builder.Append(' ').Append(ShellCommand.Quote(argument));
        }

        return builder.ToString();
    }
}
