using System.Collections.Immutable;

namespace Renderer.Core.Catalog;

/// <summary>
/// Everything a render can read: the local datacenter (the one an argument without <c>@dc</c> means) and any
/// other datacenters a template addresses with <c>@dc</c>. Built from a catalog file or from Consul; answered
/// by <see cref="CatalogQueries"/>.
/// </summary>
public sealed record CatalogSnapshot
{
    /// <summary>The datacenter of the agent Renderer talks to.</summary>
    public required DatacenterCatalog LocalDatacenter { get; init; }

    /// <summary>Other datacenters, in any order.</summary>
    /// <value>Default empty.</value>
    public ImmutableArray<DatacenterCatalog> RemoteDatacenters { get; init; } = [];

    /// <summary>A snapshot with one empty datacenter.</summary>
    public static CatalogSnapshot Empty(string datacenter = "dc1") =>
        new() { LocalDatacenter = new DatacenterCatalog { Name = datacenter } };
}
