using System.Collections.Immutable;

namespace Renderer.Core.Catalog;

/// <summary>The sorted views of one datacenter, computed once per snapshot.</summary>
internal sealed class DatacenterIndex
{
    private static readonly ImmutableArray<ServiceInstance> NoInstances = [];

    // Consul looks service names up case-insensitively (its state store indexes them lower-cased).
    private readonly Dictionary<string, ImmutableArray<ServiceInstance>> _instancesByName;

    private DatacenterIndex(DatacenterCatalog datacenter, ImmutableArray<ServiceInstance> instances)
    {
        Name = datacenter.Name;
        Kv = StringMap.Ordinal(datacenter.Kv);
        Nodes = [.. OrEmpty(datacenter.Nodes).Select(node => NodeSummary.Create(node, Name)).Order(CatalogOrder.Nodes)];
        Services = [.. instances.GroupBy(instance => instance.Name, StringComparer.Ordinal)
            .Select(group => ServiceSummary.Create(group.Key, group.SelectMany(instance => instance.Tags)))
            .Order(CatalogOrder.Services)];
        _instancesByName = instances.GroupBy(instance => instance.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
    }

    public string Name { get; }

    public ImmutableSortedDictionary<string, string> Kv { get; }

    public ImmutableArray<NodeSummary> Nodes { get; }

    public ImmutableArray<ServiceSummary> Services { get; }

    /// <summary>Every instance named <paramref name="name"/> (any case), sorted by node then ID.</summary>
    public ImmutableArray<ServiceInstance> InstancesOf(string name) =>
        _instancesByName.GetValueOrDefault(name, NoInstances);

    /// <exception cref="InvalidCatalogException">Two nodes share a name, or two services on a node share an ID.</exception>
    public static DatacenterIndex Build(DatacenterCatalog datacenter)
    {
        var nodes = OrEmpty(datacenter.Nodes);
        RefuseDuplicates(nodes.Select(node => node.Name), name =>
            $"Datacenter \"{datacenter.Name}\" has two nodes named {ValueDisplay.Quote(name)}.");
        foreach (var node in nodes)
        {
            RefuseDuplicates(OrEmpty(node.Services).Select(service => service.Id), id =>
                $"Node {ValueDisplay.Quote(node.Name)} in datacenter \"{datacenter.Name}\" has two services with ID {ValueDisplay.Quote(id)}.");
        }

        var instances = nodes
            .SelectMany(node => OrEmpty(node.Services).Select(service => ServiceInstance.Create(node, service, datacenter.Name)))
            .Order(CatalogOrder.Instances)
            .ToImmutableArray();
        return new DatacenterIndex(datacenter, instances);
    }

    private static void RefuseDuplicates(IEnumerable<string> names, Func<string, string> message)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!seen.Add(name))
            {
                throw new InvalidCatalogException(message(name));
            }
        }
    }

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;
}
