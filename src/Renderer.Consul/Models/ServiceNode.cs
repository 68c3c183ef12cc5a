using System.Text.Json.Serialization;

namespace Renderer.Consul.Models;

/// <summary>One flat item of <c>/v1/catalog/service/:service</c>: node fields plus <c>Service*</c> fields (spec §7.3).</summary>
public sealed record ServiceNode
{
    /// <summary>The node ID.</summary>
    [JsonPropertyName("ID")]
    public string Id { get; init => field = value ?? ""; } = "";

    /// <summary>The node name.</summary>
    public string Node { get; init => field = value ?? ""; } = "";

    /// <summary>The node address.</summary>
    public string Address { get; init => field = value ?? ""; } = "";

    public string Datacenter { get; init => field = value ?? ""; } = "";

    public IReadOnlyDictionary<string, string> TaggedAddresses { get; init => field = value ?? EmptyMaps.Strings; } = EmptyMaps.Strings;

    public IReadOnlyDictionary<string, string> NodeMeta { get; init => field = value ?? EmptyMaps.Strings; } = EmptyMaps.Strings;

    public string ServiceKind { get; init => field = value ?? ""; } = "";

    [JsonPropertyName("ServiceID")]
    public string ServiceId { get; init => field = value ?? ""; } = "";

    public string ServiceName { get; init => field = value ?? ""; } = "";

    public IReadOnlyList<string> ServiceTags { get; init => field = value ?? []; } = [];

    /// <summary><c>""</c> means "use the node's address".</summary>
    public string ServiceAddress { get; init => field = value ?? ""; } = "";

    public IReadOnlyDictionary<string, ServiceTaggedAddress> ServiceTaggedAddresses { get; init => field = value ?? EmptyMaps.Of<ServiceTaggedAddress>(); } =
        EmptyMaps.Of<ServiceTaggedAddress>();

    public ServiceWeights ServiceWeights { get; init => field = value ?? ServiceWeights.Default; } = ServiceWeights.Default;

    public IReadOnlyDictionary<string, string> ServiceMeta { get; init => field = value ?? EmptyMaps.Strings; } = EmptyMaps.Strings;

    public int ServicePort { get; init; }

    public string ServiceSocketPath { get; init => field = value ?? ""; } = "";

    public bool ServiceEnableTagOverride { get; init; }

    public string PeerName { get; init => field = value ?? ""; } = "";

    public string Namespace { get; init => field = value ?? ""; } = "";

    public ulong CreateIndex { get; init; }

    public ulong ModifyIndex { get; init; }
}
