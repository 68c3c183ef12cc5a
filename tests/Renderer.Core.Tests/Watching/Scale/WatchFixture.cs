using Microsoft.Extensions.Logging.Abstractions;
using Renderer.Consul;
using Renderer.ConsulSimulator;
using Renderer.Core.Dependencies;
using Renderer.Core.Dependencies.Data;
using Renderer.Core.Watching;

namespace Renderer.Core.Tests.Watching.Scale;

/// <summary>
/// A simulator, a client whose pool is the budget (as the runner builds it) and a watcher over both. Waits are
/// real but short: the watcher talks to real sockets.
/// </summary>
internal sealed class WatchFixture : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    private WatchFixture(ConsulSimulator.ConsulSimulator simulator, ConsulClient client, DependencyWatcher watcher)
    {
        Simulator = simulator;
        Client = client;
        Watcher = watcher;
    }

    public ConsulSimulator.ConsulSimulator Simulator { get; }

    public ConsulClient Client { get; }

    public DependencyWatcher Watcher { get; }

    public ConsulSimulator.State.Datacenter Datacenter => Simulator.Datacenter;

    public static async Task<WatchFixture> StartAsync(WatcherOptions? options = null, Action<ConsulSimulator.State.Datacenter>? seed = null)
    {
        options ??= new WatcherOptions();
        var simulator = await ConsulSimulator.ConsulSimulator.StartAsync(new SimulatorOptions { JitterEnabled = false });
        seed?.Invoke(simulator.Datacenter);
        var client = new ConsulClient(new ConsulClientOptions
        {
            Address = $"127.0.0.1:{simulator.Address.Port}",
            MaxConnectionsPerServer = options.MaxConnections,
            EnvironmentReader = _ => null,
        });
        var watcher = new DependencyWatcher(client, options, "dc1", NullLoggerFactory.Instance, TimeProvider.System);
        return new WatchFixture(simulator, client, watcher);
    }

    /// <summary>Waits until <paramref name="key"/>'s data satisfies <paramref name="condition"/>.</summary>
    public async Task<T> WaitForAsync<T>(DependencyKey key, Func<T, bool> condition)
        where T : DependencyData
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            if (Watcher.Get(key) is T data && condition(data))
            {
                return data;
            }

            try
            {
                // Polls the data rather than the change queue, which belongs to the code under test's single reader.
                await Task.Delay(10, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{key} did not reach the expected data in {Patience.TotalSeconds} s; it is {Describe(Watcher.Get(key))}.");
            }
        }
    }

    /// <summary>Waits until every key has data.</summary>
    public async Task WaitForAllAsync(IReadOnlyCollection<DependencyKey> keys)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (keys.Any(key => Watcher.Get(key) is null))
        {
            try
            {
                await Task.Delay(10, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{keys.Count(key => Watcher.Get(key) is null)} of {keys.Count} dependencies had no data after {Patience.TotalSeconds} s.");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Watcher.DisposeAsync();
        Client.Dispose();
        await Simulator.DisposeAsync();
    }

    private static string Describe(DependencyData? data) => data switch
    {
        null => "missing",
        ServiceData service => $"[{string.Join(", ", service.Instances.Select(i => $"{i.Id}@{i.Address}:{i.Port}/{i.Status}"))}]",
        _ => data.ToString(),
    };
}
