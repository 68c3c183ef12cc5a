using Renderer.Consul;
using Renderer.Core.Dependencies.Data;
using Renderer.Core.Snapshots;
using Renderer.Core.Watching;

namespace Renderer.Core.Running;

/// <summary>
/// Wires a run together: the data feed (a catalog file, or Consul through the watcher), the runner, and the
/// hooks the CLI needs (SIGHUP), then runs it.
/// </summary>
public static class RunnerHost
{
    /// <param name="started">Receives the runner once it exists, e.g. to forward SIGHUP.</param>
    public static async Task<RunOutcome> RunAsync(
        RunnerOptions options,
        RunnerServices services,
        Func<string, string?> environment,
        Action<Runner>? started,
        CancellationToken cancellationToken)
    {
        if (options.CatalogFile is { } catalogFile)
        {
            var snapshot = await CatalogFileReader.ReadAsync(catalogFile, cancellationToken).ConfigureAwait(false);
            var runner = await Runner.CreateAsync(options, new StaticFeed(new CatalogDataSource(snapshot)), services, cancellationToken)
                .ConfigureAwait(false);
            started?.Invoke(runner);
            return await runner.RunAsync(cancellationToken).ConfigureAwait(false);
        }

        using var client = ConsulClientFactory.Create(options.Consul, environment, services.LoggerFactory, services.TimeProvider);
        // Compile first: a broken template must fail before the first request to Consul.
        var pending = new DeferredFeed();
        var live = await Runner.CreateAsync(options, pending, services, cancellationToken).ConfigureAwait(false);
        var self = await client.GetAgentSelfAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var datacenter = options.Consul.Datacenter ?? self.Value.Config.Datacenter;
        var watching = options.Watcher with { MaxConnections = options.Consul.MaxConnections };
        await using var watcher = new DependencyWatcher(client, watching, datacenter, services.LoggerFactory, services.TimeProvider);
        pending.Attach(watcher);
        started?.Invoke(live);
        return await live.RunAsync(cancellationToken).ConfigureAwait(false);
    }
}
