namespace Renderer.Templates.Tests.Support;

/// <summary>
/// One offline command of a sample's <c>command.txt</c>: the arguments after <c>renderer</c>, one per line; a blank
/// line starts the next command. <c>{out}</c> stands for the output folder (<c>out</c> in the README, a temp folder
/// in the tests).
/// </summary>
internal sealed record SampleCommand(IReadOnlyList<string> Arguments)
{
    public const string OutputPlaceholder = "{out}";

    /// <summary>The output folder the README's command lines use, relative to the repository root.</summary>
    public const string ReadmeOutputFolder = "out";

    /// <summary>The sample folders that hold a command.txt, sorted.</summary>
    public static IReadOnlyList<string> Samples { get; } =
        Directory.EnumerateFiles(RepositoryFiles.SamplesDirectory, "command.txt", SearchOption.AllDirectories)
            .Select(path => Path.GetFileName(Path.GetDirectoryName(path)!))
            .Order(StringComparer.Ordinal)
            .ToArray();

    public static IReadOnlyList<SampleCommand> ReadAll(string sample)
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf(Path.Combine("samples", sample, "command.txt")));
        return text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(block => new SampleCommand(block.Split('\n')))
            .ToArray();
    }

    /// <summary>The arguments with <c>{out}</c> replaced by <paramref name="outputFolder"/>.</summary>
    public string[] ArgumentsFor(string outputFolder) =>
        Arguments.Select(argument => argument.Replace(OutputPlaceholder, outputFolder, StringComparison.Ordinal)).ToArray();

    /// <summary>The command as a README shows it: <c>renderer</c> and the arguments, quoted for a POSIX shell where needed.</summary>
    public string ReadmeLine() =>
        string.Join(' ', ArgumentsFor(ReadmeOutputFolder).Select(Quote).Prepend("renderer"));

    // Template specifications (they contain ':') and anything a shell would split or expand are double-quoted.
    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "_-./,=@%+".Contains(c))
            ? argument
            : "\"" + argument.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
                .Replace("$", "\\$", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal) + "\"";
}
