using System.Collections.Immutable;

namespace Renderer.Core.Catalog;

/// <summary>
/// Answers every catalog function of template-api.md from one <see cref="CatalogSnapshot"/>. Answers are
/// deterministic: the same catalog gives the same lists in the same order whatever order it was built in.
/// </summary>
/// <remarks>A datacenter argument of null means the local datacenter.</remarks>
public sealed partial class CatalogQueries
{
    private readonly Dictionary<string, DatacenterIndex> _datacenters = new(StringComparer.Ordinal);
    private readonly DatacenterIndex _local;

    /// <summary>Indexes <paramref name="snapshot"/>.</summary>
    /// <exception cref="InvalidCatalogException">The snapshot holds duplicate datacenters, nodes or service IDs.</exception>
    public CatalogQueries(CatalogSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _local = DatacenterIndex.Build(snapshot.LocalDatacenter);
        _datacenters.Add(_local.Name, _local);
        foreach (var remote in snapshot.RemoteDatacenters.IsDefault ? [] : snapshot.RemoteDatacenters)
        {
            if (!_datacenters.TryAdd(remote.Name, DatacenterIndex.Build(remote)))
            {
                throw new InvalidCatalogException($"The catalog holds datacenter {ValueDisplay.Quote(remote.Name)} twice.");
            }
        }

        DatacenterNames = [.. _datacenters.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The name of the local datacenter.</summary>
    public string LocalDatacenter => _local.Name;

    private ImmutableArray<string> DatacenterNames { get; }

    /// <summary><c>datacenters</c>: every datacenter name, sorted.</summary>
    public ImmutableArray<string> Datacenters() => DatacenterNames;

    /// <summary><c>services</c>: every service of the datacenter, sorted by name, tags de-duplicated and sorted.</summary>
    /// <exception cref="UnknownDatacenterException">The datacenter is not in the catalog.</exception>
    public ImmutableArray<ServiceSummary> Services(string? datacenter = null) => Datacenter(datacenter).Services;

    /// <summary>
    /// <c>service</c>: the instances of <paramref name="name"/> that carry <paramref name="tag"/> (when given) and
    /// pass <paramref name="filter"/> (default <see cref="HealthFilter.Passing"/>), sorted by node then ID.
    /// Name and tag match case-insensitively, as Consul matches them. An unknown service gives an empty list.
    /// </summary>
    /// <exception cref="UnknownDatacenterException">The datacenter is not in the catalog.</exception>
    public ImmutableArray<ServiceInstance> Service(
        string name, string? tag = null, string? datacenter = null, HealthFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var accepted = filter ?? HealthFilter.Passing;
        var instances = Datacenter(datacenter).InstancesOf(name);
        if (accepted.IsAny && tag is null)
        {
            return instances;
        }

        return [.. instances.Where(instance => accepted.Accepts(instance.Status) && HasTag(instance, tag))];
    }

    /// <summary><c>nodes</c>: every node of the datacenter, sorted by name.</summary>
    /// <exception cref="UnknownDatacenterException">The datacenter is not in the catalog.</exception>
    public ImmutableArray<NodeSummary> Nodes(string? datacenter = null) => Datacenter(datacenter).Nodes;

    private static bool HasTag(ServiceInstance instance, string? tag) =>
        tag is null || instance.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase);

    private DatacenterIndex Datacenter(string? name)
    {
        if (name is null)
        {
            return _local;
        }

        return _datacenters.TryGetValue(name, out var index) ? index
            : throw new UnknownDatacenterException(name, DatacenterNames);
    }
}
