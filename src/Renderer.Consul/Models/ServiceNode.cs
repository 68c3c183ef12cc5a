using System.Text.Json.Serialization;

namespace Renderer.Consul.Models;

/// <summary>One flat item of <c>/v1/catalog/service/:service</c>: node fields plus <c>Service*</c> fields (spec §7.3).</summary>
public sealed record ServiceNode
{
    /// <summary>The node ID.</summary>
    [JsonPropertyName("ID")]
    public string Id { get; init; } = "";

    /// <summary>The node name.</summary>
    public string Node { get; init; } = "";

    /// <summary>The node address.</summary>
    public string Address { get; init; } = "";

    public string Datacenter { get; init; } = "";

    public IReadOnlyDictionary<string, string> TaggedAddresses { get; init; } = EmptyMaps.Strings;

    public IReadOnlyDictionary<string, string> NodeMeta { get; init; } = EmptyMaps.Strings;

    public string ServiceKind { get; init; } = "";

    [JsonPropertyName("ServiceID")]
    public string ServiceId { get; init; } = "";

    public string ServiceName { get; init; } = "";

    public IReadOnlyList<string> ServiceTags { get; init; } = [];

    /// <summary><c>""</c> means "use the node's address".</summary>
    public string ServiceAddress { get; init; } = "";

    public IReadOnlyDictionary<string, ServiceTaggedAddress> ServiceTaggedAddresses { get; init; } =
        System.Collections.ObjectModel.ReadOnlyDictionary<string, ServiceTaggedAddress>.Empty;

    public ServiceWeights ServiceWeights { get; init => field = value ?? ServiceWeights.Default; } = ServiceWeights.Default;

    public IReadOnlyDictionary<string, string> ServiceMeta { get; init; } = EmptyMaps.Strings;

    public int ServicePort { get; init; }

    public string ServiceSocketPath { get; init; } = "";

    public bool ServiceEnableTagOverride { get; init; }

    public string PeerName { get; init; } = "";

    public string Namespace { get; init; } = "";

    public ulong CreateIndex { get; init; }

    public ulong ModifyIndex { get; init; }
}
