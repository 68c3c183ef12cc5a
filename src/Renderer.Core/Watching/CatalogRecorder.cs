using System.Collections.Immutable;
using Renderer.Consul;
using Renderer.Core.Catalog;
using ConsulModels = Renderer.Consul.Models;

namespace Renderer.Core.Watching;

/// <summary>
/// Records the live catalog of the agent's datacenter (every node, every service instance with its checks, and
/// the KV prefixes asked for) as a <see cref="CatalogSnapshot"/>, to be written as a catalog file for offline
/// renders and CI fixtures.
/// </summary>
public static class CatalogRecorder
{
    public static async Task<CatalogSnapshot> RecordAsync(
        ConsulClient client, IReadOnlyList<string> kvPrefixes, string? datacenter, CancellationToken cancellationToken)
    {
        var query = new QueryOptions { Datacenter = datacenter };
        var name = datacenter ?? (await client.GetAgentSelfAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value.Config.Datacenter;
        var nodes = (await client.GetCatalogNodesAsync(query, cancellationToken).ConfigureAwait(false)).Value;
        var services = (await client.GetCatalogServicesAsync(query, cancellationToken).ConfigureAwait(false)).Value;
        var entries = new List<ConsulModels.ServiceEntry>();
        foreach (var service in services.Keys.Order(StringComparer.Ordinal))
        {
            var answer = await client.GetHealthServiceAsync(service, passingOnly: false, tags: null, query, cancellationToken).ConfigureAwait(false);
            entries.AddRange(answer.Value);
        }

        var kv = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var prefix in kvPrefixes)
        {
            var pairs = await client.GetKeyTreeAsync(KvPath.NormalizePrefix(prefix), query, cancellationToken).ConfigureAwait(false);
            foreach (var pair in pairs.Value.Where(pair => !pair.Key.EndsWith('/')))
            {
                kv[pair.Key] = pair.GetValueAsString();
            }
        }

        return new CatalogSnapshot
        {
            LocalDatacenter = new DatacenterCatalog
            {
                Name = name,
                Nodes = [.. nodes.OrderBy(node => node.Name, StringComparer.Ordinal).Select(node => Node(node, entries))],
                Kv = kv.ToImmutable(),
            },
        };
    }

    private static CatalogNode Node(ConsulModels.Node node, IReadOnlyList<ConsulModels.ServiceEntry> entries)
    {
        var mine = entries.Where(entry => string.Equals(entry.Node.Name, node.Name, StringComparison.Ordinal)).ToList();
        return new CatalogNode
        {
            Name = node.Name,
            Address = node.Address,
            Meta = StringMap.Create(node.Meta),
            TaggedAddresses = StringMap.Create(node.TaggedAddresses),
            Checks = [.. mine.SelectMany(entry => entry.Checks).Where(check => check.ServiceId.Length == 0)
                .DistinctBy(check => check.CheckId).Select(ConsulDataMapper.Check).Order(CatalogOrder.Checks)],
            Services = [.. mine.Select(ConsulDataMapper.Service).OrderBy(service => service.Id, StringComparer.Ordinal)],
        };
    }
}
