using System.CommandLine;
using Renderer.Cli.Configuration;
using Renderer.Cli.Options;
using Renderer.TestKit;

namespace Renderer.Cli.Tests.Configuration;

/// <summary>
/// A <c>render</c> command with <see cref="RenderCommandOptions"/>, run in a temporary current directory:
/// parse arguments and build options the way the CLI does.
/// </summary>
internal sealed class RenderCommandLine : IDisposable
{
    private readonly RootCommand _root;

    public RenderCommandLine(bool shared = false)
    {
        var command = new Command(shared ? "check" : "render");
        if (shared)
        {
            Options.AddSharedTo(command);
        }
        else
        {
            Options.AddTo(command);
        }
        _root = new RootCommand("renderer") { command };
    }

    public TempDirectory Directory { get; } = TempDirectory.Create("cli-config");

    public RenderCommandOptions Options { get; } = new();

    public CliEnvironment Environment => new(TextWriter.Null, TextWriter.Null, _ => null, Directory.Path);

    /// <summary>Writes a template file (relative to the current directory) and returns its full path.</summary>
    public string Template(string relative = "site.tmpl") => Directory.WriteFile(relative, "{{ 1 }}");

    public string Config(string json, string relative = "renderer.json") => Directory.WriteFile(relative, json);

    public BuildResult Build(params string[] args) => Build(BuildPurpose.Render, args);

    public BuildResult Build(BuildPurpose purpose, params string[] args)
    {
        var parseResult = _root.Parse([_root.Subcommands[0].Name, .. args]);
        Assert.Empty(parseResult.Errors);
        return RunnerOptionsBuilder.Build(parseResult, Options, Environment, purpose);
    }

    /// <summary>Builds and asserts success (showing the errors when it fails).</summary>
    public Core.Running.RunnerOptions BuildOptions(params string[] args)
    {
        var result = Build(args);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Options!;
    }

    /// <summary>Builds, asserts failure, and returns the formatted errors.</summary>
    public IReadOnlyList<string> Errors(params string[] args) => Errors(BuildPurpose.Render, args);

    public IReadOnlyList<string> Errors(BuildPurpose purpose, params string[] args)
    {
        var result = Build(purpose, args);
        Assert.False(result.Succeeded, "expected errors, but the options were built");
        Assert.Null(result.Options);
        return result.Errors.Select(error => error.ToString()).ToArray();
    }

    public void Dispose() => Directory.Dispose();
}
