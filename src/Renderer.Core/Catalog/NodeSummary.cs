using System.Collections.Immutable;

namespace Renderer.Core.Catalog;

/// <summary>One entry of <c>nodes</c>: <c>{ node, address, datacenter, meta, tagged_addresses }</c>.</summary>
public sealed record NodeSummary
{
    /// <summary>The node name.</summary>
    public required string Node { get; init; }

    /// <summary>The node address.</summary>
    public required string Address { get; init; }

    /// <summary>The node's datacenter.</summary>
    public required string Datacenter { get; init; }

    /// <summary>Node meta, sorted by key.</summary>
    public ImmutableSortedDictionary<string, string> Meta { get; init; } = StringMap.Empty;

    /// <summary>Tagged addresses, sorted by key.</summary>
    public ImmutableSortedDictionary<string, string> TaggedAddresses { get; init; } = StringMap.Empty;

    /// <summary>The summary of <paramref name="node"/> in <paramref name="datacenter"/>.</summary>
    public static NodeSummary Create(CatalogNode node, string datacenter)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new NodeSummary
        {
            Node = node.Name,
            Address = node.Address,
            Datacenter = datacenter,
            Meta = StringMap.Ordinal(node.Meta),
            TaggedAddresses = StringMap.Ordinal(node.TaggedAddresses),
        };
    }
}
