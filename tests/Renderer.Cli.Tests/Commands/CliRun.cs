using Renderer.Cli;

namespace Renderer.Cli.Tests.Commands;

/// <summary>Runs the whole command line in-process, with captured output and a fake environment.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> InvokeAsync(string currentDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(output, error, _ => null, currentDirectory);
        var exitCode = await CliApplication.InvokeAsync(args, environment, CancellationToken.None);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
