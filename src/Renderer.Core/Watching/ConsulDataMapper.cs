using System.Collections.Immutable;
using Renderer.Core.Catalog;
using Renderer.Core.Dependencies;
using Renderer.Core.Dependencies.Data;
using ConsulModels = Renderer.Consul.Models;

namespace Renderer.Core.Watching;

/// <summary>
/// Consul's answers → the catalog records templates see, in the catalog's deterministic order, so a live
/// render and a catalog-file render of the same data give the same bytes.
/// </summary>
public static class ConsulDataMapper
{
    public static ServicesData Services(IReadOnlyDictionary<string, IReadOnlyList<string>> services) =>
        new([.. services.Select(pair => ServiceSummary.Create(pair.Key, pair.Value)).Order(CatalogOrder.Services)]);

    /// <summary>Instances of a <c>/v1/health/service</c> answer that pass <paramref name="key"/>'s health filter.</summary>
    public static ServiceData Service(DependencyKey key, IReadOnlyList<ConsulModels.ServiceEntry> entries, string localDatacenter)
    {
        var filter = key.Filter ?? HealthFilter.Passing;
        var instances = ImmutableArray.CreateBuilder<ServiceInstance>(entries.Count);
        foreach (var entry in entries)
        {
            var datacenter = entry.Node.Datacenter.Length > 0 ? entry.Node.Datacenter : key.Datacenter ?? localDatacenter;
            var instance = ServiceInstance.Create(Node(entry), Service(entry), datacenter);
            if (filter.Accepts(instance.Status))
            {
                instances.Add(instance);
            }
        }

        instances.Sort(CatalogOrder.Instances);
        return new ServiceData(instances.ToImmutable());
    }

    public static KeyData Key(ConsulModels.KvPair? pair) => new(pair?.GetValueAsString());

    /// <summary>Keys below <paramref name="prefix"/>, relative, folders left out: the catalog file's listing rule (<see cref="KvListing.Tree"/>).</summary>
    public static KeyPrefixData KeyPrefix(string prefix, IReadOnlyList<ConsulModels.KvPair> pairs) =>
        new(KvListing.Tree(prefix, pairs.Select(pair => KeyValuePair.Create(pair.Key, pair.GetValueAsString()))));

    public static NodesData Nodes(IReadOnlyList<ConsulModels.Node> nodes, string datacenter) =>
        new([.. nodes.Select(node => NodeSummary.Create(
                new CatalogNode
                {
                    Name = node.Name,
                    Address = node.Address,
                    Meta = StringMap.Create(node.Meta),
                    TaggedAddresses = StringMap.Create(node.TaggedAddresses),
                },
                node.Datacenter.Length > 0 ? node.Datacenter : datacenter))
            .Order(CatalogOrder.Nodes)]);

    public static DatacentersData Datacenters(IReadOnlyList<string> names) => new([.. names.Order(StringComparer.Ordinal)]);

    private static CatalogNode Node(ConsulModels.ServiceEntry entry) => new()
    {
        Name = entry.Node.Name,
        Address = entry.Node.Address,
        Meta = StringMap.Create(entry.Node.Meta),
        TaggedAddresses = StringMap.Create(entry.Node.TaggedAddresses),
        Checks = [.. entry.Checks.Where(check => check.ServiceId.Length == 0).Select(Check)],
    };

    internal static CatalogService Service(ConsulModels.ServiceEntry entry) => new()
    {
        Id = entry.Service.Id,
        Name = entry.Service.Name,
        Tags = [.. entry.Service.Tags],
        Address = entry.Service.Address,
        Port = entry.Service.Port,
        Meta = StringMap.Create(entry.Service.Meta),
        Weights = new Catalog.ServiceWeights(entry.Service.Weights.Passing, entry.Service.Weights.Warning),
        Checks = [.. entry.Checks.Where(check => check.ServiceId.Length > 0).Select(Check)],
    };

    internal static InstanceCheck Check(ConsulModels.HealthCheck check) => new()
    {
        Id = check.CheckId,
        Name = check.Name,
        // Consul only reports the three statuses (maintenance is a critical check); anything else is treated as critical.
        Status = HealthStatusText.TryParse(check.Status, out var status) ? status : HealthStatus.Critical,
        Output = check.Output,
        ServiceId = check.ServiceId,
    };
}
