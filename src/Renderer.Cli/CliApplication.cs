using System.CommandLine;
using Renderer.Cli.Commands;

namespace Renderer.Cli;

/// <summary>Builds the <c>renderer</c> command tree and runs it; the only place that sees argv.</summary>
public static class CliApplication
{
    public static RootCommand CreateRootCommand(CliEnvironment environment)
    {
        var root = new RootCommand(
            "Renders configuration files (nginx.conf and friends) from the Consul catalog with Scriban-language templates.");
        root.Subcommands.Add(RenderCommand.Create(environment));
        root.Subcommands.Add(CheckCommand.Create(environment));
        root.Subcommands.Add(SnapshotCommand.Create(environment));
        root.Subcommands.Add(EvalCommand.Create(environment));
        return root;
    }

    public static async Task<int> InvokeAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var root = CreateRootCommand(environment);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0 && parseResult.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var error in parseResult.Errors)
            {
                await environment.Error.WriteLineAsync($"renderer: {error.Message}").ConfigureAwait(false);
            }
            var commandPath = string.Join(' ', parseResult.CommandResult.Command.Name);
            await environment.Error.WriteLineAsync($"Run 'renderer {(commandPath == root.Name ? "" : commandPath + " ")}--help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        var invocation = new InvocationConfiguration
        {
            Output = environment.Output,
            Error = environment.Error,
            // SIGTERM/SIGINT cancel the action's token; the watcher then finishes the write, check and reload in
            // flight (each bounded by its own timeout) before exiting, so wait for it rather than killing it.
            ProcessTerminationTimeout = TimeSpan.FromSeconds(60),
        };
        return await parseResult.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }
}
