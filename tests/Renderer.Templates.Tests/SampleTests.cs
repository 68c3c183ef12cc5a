using Renderer.Cli;
using Renderer.Templates.Tests.Support;
using Renderer.TestKit;

namespace Renderer.Templates.Tests;

/// <summary>
/// The samples run as documented: each command of a sample's command.txt goes through the real command line,
/// in-process from the repository root, and must write exactly the files of its expected/ folder.
/// </summary>
public sealed class SampleTests
{
    /// <summary>One sample folder per seed scenario.</summary>
    private static readonly string[] SeedSamples = ["http-upstreams", "include-fragment", "json-dependency-file", "passing-only"];

    public static TheoryData<string> Samples => [.. SampleCommand.Samples];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Sample_commands_write_exactly_the_expected_files(string sample)
    {
        using var output = TempDirectory.Create("sample-" + sample);

        foreach (var command in SampleCommand.ReadAll(sample))
        {
            await RunAsync(command.ArgumentsFor(output.Path));
        }

        var expectedFolder = RepositoryFiles.PathOf(Path.Combine("samples", sample, "expected"));
        Assert.Equal(FilesUnder(expectedFolder), FilesUnder(output.Path));
        foreach (var file in FilesUnder(expectedFolder))
        {
            var expected = await File.ReadAllTextAsync(Path.Combine(expectedFolder, file));
            var actual = await File.ReadAllTextAsync(Path.Combine(output.Path, file));
            Assert.True(expected == actual, $"{file} differs from samples/{sample}/expected/{file}:\n{SnapshotDiff.Render(expected, actual)}");
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Readme_shows_every_offline_command_line_of_the_sample(string sample)
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf(Path.Combine("samples", sample, "README.md")));

        Assert.All(SampleCommand.ReadAll(sample), command => Assert.Contains(command.ReadmeLine(), readme));
    }

    [Fact]
    public void Every_seed_scenario_has_a_sample_with_a_command_a_readme_and_expected_output()
    {
        Assert.Subset(SampleCommand.Samples.ToHashSet(), SeedSamples.ToHashSet());
        Assert.All(SeedSamples, sample =>
        {
            Assert.True(File.Exists(RepositoryFiles.PathOf($"samples/{sample}/README.md")), $"samples/{sample}/README.md is missing");
            Assert.NotEmpty(FilesUnder(RepositoryFiles.PathOf($"samples/{sample}/expected")));
        });
    }

    private static async Task RunAsync(string[] arguments)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var environment = new CliEnvironment(stdout, stderr, _ => null, RepositoryFiles.Root);

        var exitCode = await CliApplication.InvokeAsync(arguments, environment, CancellationToken.None);

        Assert.True(exitCode == 0, $"renderer {string.Join(' ', arguments)} exited with {exitCode}:\n{stderr}");
    }

    private static string[] FilesUnder(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToArray()
            : [];
}
