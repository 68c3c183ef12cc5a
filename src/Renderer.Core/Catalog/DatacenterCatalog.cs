using System.Collections.Immutable;

namespace Renderer.Core.Catalog;

/// <summary>The catalog and KV store of one datacenter.</summary>
public sealed record DatacenterCatalog
{
    /// <summary>The datacenter name.</summary>
    public required string Name { get; init; }

    /// <summary>The nodes, in any order (queries sort).</summary>
    /// <value>Default empty.</value>
    public ImmutableArray<CatalogNode> Nodes { get; init; } = [];

    /// <summary>KV entries by full key (no leading <c>/</c>); KV is per datacenter in Consul.</summary>
    /// <value>Default empty.</value>
    public ImmutableSortedDictionary<string, string> Kv { get; init; } = StringMap.Empty;
}
