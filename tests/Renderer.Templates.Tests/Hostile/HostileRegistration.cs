using System.Collections.Immutable;
using Renderer.Core.Catalog;

namespace Renderer.Templates.Tests.Hostile;

/// <summary>
/// One service registration as an attacker with write access to the Consul catalog could make it: every string may
/// hold nginx syntax, control characters, odd Unicode or nothing at all. Each registration lives on its own node.
/// </summary>
/// <param name="Index">Position in the generated sequence; makes generated names unique where they carry it.</param>
/// <param name="Status">The worst check status of the instance (a critical one is filtered out by <c>service</c>).</param>
internal sealed record HostileRegistration(
    int Index,
    string ServiceName,
    string ServiceId,
    ImmutableArray<string> Tags,
    ImmutableSortedDictionary<string, string> Meta,
    string ServiceAddress,
    string NodeName,
    string NodeAddress,
    int Port,
    HealthStatus Status)
{
    /// <summary>The address templates see: the service's own, or the node's when the service has none.</summary>
    public string EffectiveAddress => ServiceAddress.Length > 0 ? ServiceAddress : NodeAddress;

    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);

    /// <summary>The node and its one service, as a catalog holds them.</summary>
    public CatalogNode ToNode(string nodeName) => new()
    {
        Name = nodeName,
        Address = NodeAddress,
        Services =
        [
            new CatalogService
            {
                Id = ServiceId,
                Name = ServiceName,
                Tags = Tags,
                Address = ServiceAddress,
                Port = Port,
                Meta = Meta,
                Checks = Status == HealthStatus.Passing
                    ? []
                    : [new InstanceCheck { Id = "service:" + ServiceId, Name = "hostile check", Status = Status }],
            },
        ],
    };

    /// <summary>A short description for failure messages, with every value shown escaped.</summary>
    public override string ToString() =>
        $"#{Index}: name {HostileDisplay.Quote(ServiceName)}, id {HostileDisplay.Quote(ServiceId)}, " +
        $"tags [{string.Join(", ", Tags.Select(HostileDisplay.Quote))}], address {HostileDisplay.Quote(ServiceAddress)}, " +
        $"node {HostileDisplay.Quote(NodeName)} {HostileDisplay.Quote(NodeAddress)}, port {Port}, {Status}";
}
