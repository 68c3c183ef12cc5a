using System.CommandLine;
using Renderer.Cli.Configuration;
using Renderer.Cli.Logging;
using Renderer.Cli.Options;
using Renderer.Consul;
using Renderer.Consul.Exceptions;
using Renderer.Core.Output;
using Renderer.Core.Running;
using Renderer.Core.Snapshots;
using Renderer.Core.Watching;

namespace Renderer.Cli.Commands;

/// <summary>
/// <c>renderer snapshot -o FILE</c>: records the live catalog (nodes, service instances with their checks, the KV
/// prefixes asked for) as a catalog file, the input of <c>renderer render --catalog FILE</c> in CI.
/// </summary>
public static class SnapshotCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var options = new RenderCommandOptions();
        var output = new Option<string>("--output", "-output", "-o")
        {
            Description = "Catalog file to write (docs/catalog-format.md); written atomically. Required.",
            HelpName = "FILE",
            Required = true,
        };
        var prefixes = new Option<string[]>("--kv-prefix", "-kv-prefix")
        {
            Description = "Record the KV keys below this prefix as well. Repeatable. Default: none.",
            HelpName = "PREFIX",
        };
        var datacenter = new Option<string?>("--datacenter", "-datacenter", "-dc")
        {
            Description = "Datacenter to record. Default: the agent's.",
            HelpName = "DC",
        };
        var command = new Command("snapshot", "Record the live Consul catalog into a catalog file that renderer render --catalog reads (offline renders, CI fixtures).")
        {
            output, prefixes, datacenter,
        };
        options.AddSharedTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var build = RunnerOptionsBuilder.Build(parseResult, options, environment, BuildPurpose.Snapshot);
            if (!await ConfigurationReport.WriteAsync(build, environment).ConfigureAwait(false))
            {
                return ExitCodes.UsageError;
            }

            var path = environment.ResolvePath(parseResult.GetValue(output)!);
            return await RecordAsync(build.Options!, path, parseResult.GetValue(prefixes) ?? [], parseResult.GetValue(datacenter), environment, cancellationToken)
                .ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RecordAsync(
        RunnerOptions options, string path, IReadOnlyList<string> prefixes, string? datacenter, CliEnvironment environment, CancellationToken cancellationToken)
    {
        using var loggerFactory = CliLogging.Create(options.LogLevel, environment.Error, TimeProvider.System);
        try
        {
            // A one-shot command reports an unreachable Consul after a few seconds instead of retrying forever.
            using var client = ConsulClientFactory.Create(
                options.Consul, environment.GetEnvironmentVariable, loggerFactory, TimeProvider.System, new ConsulRetryOptions { MaxRetries = 3 });
            var snapshot = await CatalogRecorder.RecordAsync(client, prefixes, datacenter ?? options.Consul.Datacenter, cancellationToken).ConfigureAwait(false);
            var bytes = CatalogFileWriter.WriteUtf8(snapshot);
            await new AtomicFileWriter().WriteIfChangedAsync(new OutputWriteRequest(path, bytes), cancellationToken).ConfigureAwait(false);
            var instances = snapshot.LocalDatacenter.Nodes.Sum(node => node.Services.Length);
            await environment.Output.WriteLineAsync(
                $"Recorded {snapshot.LocalDatacenter.Nodes.Length} nodes, {instances} service instances and {snapshot.LocalDatacenter.Kv.Count} keys of datacenter {snapshot.LocalDatacenter.Name} into {path}").ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (ConsulException e)
        {
            await environment.Error.WriteLineAsync($"renderer: Consul: {e.Message}").ConfigureAwait(false);
            return ExitCodes.ConsulError;
        }
        catch (OutputWriteException e)
        {
            await environment.Error.WriteLineAsync($"renderer: {e.Message}").ConfigureAwait(false);
            return ExitCodes.OutputError;
        }
    }
}
