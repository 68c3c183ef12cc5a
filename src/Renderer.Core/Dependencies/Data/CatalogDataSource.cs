using Renderer.Core.Catalog;

namespace Renderer.Core.Dependencies.Data;

/// <summary>Answers every dependency at once from a whole catalog (a catalog file: offline renders and CI).</summary>
public sealed class CatalogDataSource : IDependencyDataSource
{
    private readonly CatalogQueries _queries;

    public CatalogDataSource(CatalogSnapshot snapshot)
    {
        _queries = new CatalogQueries(snapshot);
    }

    public DependencyData? Get(DependencyKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Kind switch
        {
            DependencyKind.Services => new ServicesData(_queries.Services(key.Datacenter)),
            DependencyKind.Service => new ServiceData(_queries.Service(key.Name, key.Tag, key.Datacenter, key.Filter)),
            DependencyKind.Key => new KeyData(_queries.Key(key.Name, key.Datacenter).Value),
            DependencyKind.KeyPrefix => new KeyPrefixData(_queries.Tree(key.Name, key.Datacenter)),
            DependencyKind.Nodes => new NodesData(_queries.Nodes(key.Datacenter)),
            DependencyKind.Datacenters => new DatacentersData(_queries.Datacenters()),
            _ => throw new ArgumentOutOfRangeException(nameof(key), key.Kind, "Unknown dependency kind."),
        };
    }
}
