using System.Text.Json.Serialization;

namespace Renderer.Consul.Models;

/// <summary>
/// A service instance as Consul nests it (spec §7.2): <c>Service</c> of a health entry and the values of
/// <c>/v1/catalog/node/:node</c>'s <c>Services</c> map.
/// </summary>
public sealed record AgentService
{
    /// <summary>Omitted by Consul for typical services; <c>""</c> then.</summary>
    public string Kind { get; init => field = value ?? ""; } = "";

    [JsonPropertyName("ID")]
    public string Id { get; init => field = value ?? ""; } = "";

    /// <summary>The service name (JSON <c>Service</c>).</summary>
    [JsonPropertyName("Service")]
    public string Name { get; init => field = value ?? ""; } = "";

    public IReadOnlyList<string> Tags { get; init => field = value ?? []; } = [];

    /// <summary><c>""</c> means "use the node's address" (spec §6.3, address rule).</summary>
    public string Address { get; init => field = value ?? ""; } = "";

    public IReadOnlyDictionary<string, ServiceTaggedAddress> TaggedAddresses { get; init => field = value ?? EmptyMaps.Of<ServiceTaggedAddress>(); } =
        EmptyMaps.Of<ServiceTaggedAddress>();

    public IReadOnlyDictionary<string, string> Meta { get; init => field = value ?? EmptyMaps.Strings; } = EmptyMaps.Strings;

    /// <summary>Consul omits the port when it is 0.</summary>
    public int Port { get; init; }

    public string SocketPath { get; init => field = value ?? ""; } = "";

    public ServiceWeights Weights { get; init => field = value ?? ServiceWeights.Default; } = ServiceWeights.Default;

    public bool EnableTagOverride { get; init; }

    public string PeerName { get; init => field = value ?? ""; } = "";

    /// <summary>Enterprise only; <c>""</c> on Community Edition.</summary>
    public string Namespace { get; init => field = value ?? ""; } = "";

    /// <summary>Enterprise only; <c>""</c> on Community Edition.</summary>
    public string Partition { get; init => field = value ?? ""; } = "";

    public ulong CreateIndex { get; init; }

    public ulong ModifyIndex { get; init; }
}
