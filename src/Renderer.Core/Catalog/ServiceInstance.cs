using System.Collections.Immutable;

namespace Renderer.Core.Catalog;

/// <summary>One instance of a service as templates see it (the instance object of template-api.md).</summary>
public sealed record ServiceInstance
{
    /// <summary>The service ID.</summary>
    public required string Id { get; init; }

    /// <summary>The service name.</summary>
    public required string Name { get; init; }

    /// <summary>The node name.</summary>
    public required string Node { get; init; }

    /// <summary>The service address, or the node's address when the service address is empty.</summary>
    public required string Address { get; init; }

    /// <summary>The service port.</summary>
    public int Port { get; init; }

    /// <summary>The tags in Consul's order.</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>Service meta, sorted by key.</summary>
    public ImmutableSortedDictionary<string, string> Meta { get; init; } = StringMap.Empty;

    /// <summary>The node's address.</summary>
    public required string NodeAddress { get; init; }

    /// <summary>The node's meta, sorted by key.</summary>
    public ImmutableSortedDictionary<string, string> NodeMeta { get; init; } = StringMap.Empty;

    /// <summary>The datacenter name.</summary>
    public required string Datacenter { get; init; }

    /// <summary>The worst status over <see cref="Checks"/>; passing when there are none (Consul's rule).</summary>
    public HealthStatus Status { get; init; }

    /// <summary>The node's checks and the service's own checks, sorted by check ID.</summary>
    public ImmutableArray<InstanceCheck> Checks { get; init; } = [];

    /// <summary>The service weights.</summary>
    public ServiceWeights Weights { get; init; } = ServiceWeights.Default;

    /// <summary>
    /// The instance of <paramref name="service"/> on <paramref name="node"/>: applies the address fallback,
    /// merges node and service checks (setting each check's <c>ServiceId</c> from where it is stored), sorts
    /// them and aggregates the status with maintenance counted as critical.
    /// </summary>
    public static ServiceInstance Create(CatalogNode node, CatalogService service, string datacenter)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(service);
        var checks = OrEmpty(node.Checks).Select(check => check with { ServiceId = "" })
            .Concat(OrEmpty(service.Checks).Select(check => check with { ServiceId = service.Id }))
            .Order(CatalogOrder.Checks)
            .ToImmutableArray();
        return new ServiceInstance
        {
            Id = service.Id,
            Name = service.Name,
            Node = node.Name,
            Address = service.Address.Length > 0 ? service.Address : node.Address,
            Port = service.Port,
            Tags = OrEmpty(service.Tags),
            Meta = StringMap.Ordinal(service.Meta),
            NodeAddress = node.Address,
            NodeMeta = StringMap.Ordinal(node.Meta),
            Datacenter = datacenter,
            Status = checks.Length == 0 ? HealthStatus.Passing : checks.Max(check => check.EffectiveStatus),
            Checks = checks,
            Weights = service.Weights ?? ServiceWeights.Default,
        };
    }

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;
}
