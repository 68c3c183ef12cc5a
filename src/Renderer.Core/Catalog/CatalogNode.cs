using System.Collections.Immutable;

namespace Renderer.Core.Catalog;

/// <summary>A node with its node-level checks and the services registered on it.</summary>
public sealed record CatalogNode
{
    /// <summary>The node name, unique in its datacenter.</summary>
    public required string Name { get; init; }

    /// <summary>The node address.</summary>
    public required string Address { get; init; }

    /// <summary>Node meta.</summary>
    /// <value>Default empty.</value>
    public ImmutableSortedDictionary<string, string> Meta { get; init; } = StringMap.Empty;

    /// <summary>Tagged addresses such as <c>lan</c> and <c>wan</c>.</summary>
    /// <value>Default empty.</value>
    public ImmutableSortedDictionary<string, string> TaggedAddresses { get; init; } = StringMap.Empty;

    /// <summary>
    /// Node-level checks (Consul's <c>serfHealth</c>, <c>_node_maintenance</c> …); they count for every service
    /// instance on the node, as in Consul's <c>/v1/health/service</c> answer.
    /// </summary>
    /// <value>Default empty.</value>
    public ImmutableArray<InstanceCheck> Checks { get; init; } = [];

    /// <summary>The services registered on the node.</summary>
    /// <value>Default empty.</value>
    public ImmutableArray<CatalogService> Services { get; init; } = [];
}
