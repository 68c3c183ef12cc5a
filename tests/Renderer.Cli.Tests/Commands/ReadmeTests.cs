using System.Runtime.CompilerServices;

namespace Renderer.Cli.Tests.Commands;

/// <summary>The README's test command is the one CI runs.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void The_ci_script_runs_exactly_the_test_command_the_readme_documents()
    {
        var root = RepositoryRoot();
        var readme = File.ReadAllLines(Path.Combine(root, "README.md"));
        var ci = File.ReadAllLines(Path.Combine(root, ".ci", "run"));
        var command = readme.Single(line => line.StartsWith("dotnet test ", StringComparison.Ordinal));

        Assert.Contains(command, ci);
    }

    private static string RepositoryRoot([CallerFilePath] string source = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(source)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Renderer.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No Renderer.sln above {source}.");
    }
}
