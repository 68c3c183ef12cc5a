using System.Diagnostics;
using Renderer.ConsulSimulator.State;

namespace Renderer.LoadTests;

/// <content>
/// The changes: cycles of register → critical → passing → deregister of a new instance of a service not touched
/// before (the issue's mix), and every fifth cycle also a port change and a node address change. One at a time:
/// each waits until the file shows it, then <see cref="LoadArguments.SpacingMilliseconds"/>.
/// </content>
internal sealed partial class LoadScenario
{
    private readonly Dictionary<int, int> _nodeGeneration = [];

    private async Task<List<ChangeResult>> MakeChangesAsync(ConsulSimulator.ConsulSimulator simulator, OutputWatcher watcher)
    {
        var results = new List<ChangeResult>();
        var random = new Random(5);
        for (var cycle = 0; results.Count < arguments.Changes; cycle++)
        {
            // Spread over the catalog, never the same service twice.
            var service = (int)((cycle * 7919L) % arguments.Services);
            var port = 30000 + cycle;
            var instance = arguments.Instances;
            var id = SyntheticCatalog.InstanceId(service, instance);
            var line = SyntheticCatalog.Line(AddressOf(_catalog.NodeOf(service, instance)), port, id);
            var dc = simulator.Datacenter;
            results.Add(await ChangeAsync(simulator, watcher, ChangeKind.Register, () => _catalog.Register(dc, service, instance, port), text => text.Contains(line, StringComparison.Ordinal)));
            results.Add(await ChangeAsync(simulator, watcher, ChangeKind.HealthCritical, () => _catalog.SetHealth(dc, service, instance, CheckStatus.Critical), text => !text.Contains(line, StringComparison.Ordinal)));
            results.Add(await ChangeAsync(simulator, watcher, ChangeKind.HealthPassing, () => _catalog.SetHealth(dc, service, instance, CheckStatus.Passing), text => text.Contains(line, StringComparison.Ordinal)));
            results.Add(await ChangeAsync(simulator, watcher, ChangeKind.Deregister, () => _catalog.Deregister(dc, service, instance), text => !text.Contains(line, StringComparison.Ordinal)));
            if (cycle % 5 == 4)
            {
                results.Add(await PortChangeAsync(simulator, watcher, service, 40000 + cycle));
                results.Add(await NodeAddressChangeAsync(simulator, watcher, random.Next(arguments.Nodes)));
            }

            if (cycle % 10 == 9)
            {
                log.WriteLine($"{results.Count} changes; last: {string.Join(", ", results.TakeLast(4).Select(r => $"{r.Kind} {r.Latency.TotalMilliseconds:0} ms"))}");
            }
        }

        return results;
    }

    private Task<ChangeResult> PortChangeAsync(ConsulSimulator.ConsulSimulator simulator, OutputWatcher watcher, int service, int port)
    {
        var id = SyntheticCatalog.InstanceId(service, 0);
        var line = SyntheticCatalog.Line(AddressOf(_catalog.NodeOf(service, 0)), port, id);
        return ChangeAsync(simulator, watcher, ChangeKind.PortChange, () => _catalog.Register(simulator.Datacenter, service, 0, port), text => text.Contains(line, StringComparison.Ordinal));
    }

    private Task<ChangeResult> NodeAddressChangeAsync(ConsulSimulator.ConsulSimulator simulator, OutputWatcher watcher, int node)
    {
        var generation = _nodeGeneration.GetValueOrDefault(node) + 1;
        _nodeGeneration[node] = generation;
        // Every instance on the node changes; the change has arrived when every one of their lines shows the address.
        var instances = Enumerable.Range(0, arguments.Services)
            .Sum(service => Enumerable.Range(0, arguments.Instances).Count(instance => _catalog.NodeOf(service, instance) == node));
        var address = " " + SyntheticCatalog.NodeAddress(node, generation) + ":";
        return ChangeAsync(simulator, watcher, ChangeKind.NodeAddress, () => _catalog.MoveNode(simulator.Datacenter, node, generation),
            text => Occurrences(text, address) == instances);
    }

    private async Task<ChangeResult> ChangeAsync(
        ConsulSimulator.ConsulSimulator simulator, OutputWatcher watcher, ChangeKind kind, Action apply, Func<string, bool> arrived)
    {
        var before = simulator.Counters.RequestsByPath;
        var requests = simulator.TotalRequests;
        watcher.Reset();
        var applied = Stopwatch.GetTimestamp();
        apply();
        var seen = await watcher.WaitForAsync(arrived, ChangeTimeout);
        var latency = Stopwatch.GetElapsedTime(applied, Math.Max(seen, applied));
        await Task.Delay(arguments.SpacingMilliseconds);
        var after = simulator.Counters.RequestsByPath;
        var sweep = after.Where(pair => pair.Key.StartsWith("/v1/catalog/node/", StringComparison.Ordinal))
            .Sum(pair => pair.Value - before.GetValueOrDefault(pair.Key));
        return new ChangeResult(kind, latency, simulator.TotalRequests - requests, sweep);
    }

    private string AddressOf(int node) => SyntheticCatalog.NodeAddress(node, _nodeGeneration.GetValueOrDefault(node));

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
