using System.Collections.Immutable;

namespace Renderer.Core.Catalog;

/// <summary>A service registered on a node, as stored in a <see cref="CatalogSnapshot"/> (Consul's NodeService).</summary>
public sealed record CatalogService
{
    /// <summary>The service ID, unique on its node.</summary>
    public required string Id { get; init; }

    /// <summary>The service name.</summary>
    public required string Name { get; init; }

    /// <summary>The tags in Consul's order.</summary>
    /// <value>Default empty.</value>
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>The service address; empty means "use the node's address".</summary>
    /// <value>Default empty.</value>
    public string Address { get; init; } = "";

    /// <summary>The service port, 0 when none was registered.</summary>
    /// <value>Default 0.</value>
    public int Port { get; init; }

    /// <summary>Service meta.</summary>
    /// <value>Default empty.</value>
    public ImmutableSortedDictionary<string, string> Meta { get; init; } = StringMap.Empty;

    /// <summary>Weights.</summary>
    /// <value>Default <see cref="ServiceWeights.Default"/>.</value>
    public ServiceWeights Weights { get; init; } = ServiceWeights.Default;

    /// <summary>The service's own checks (node checks live on <see cref="CatalogNode.Checks"/>).</summary>
    /// <value>Default empty.</value>
    public ImmutableArray<InstanceCheck> Checks { get; init; } = [];
}
