using System.Text.Json.Serialization;

namespace Renderer.Consul.Models;

/// <summary>
/// A catalog node (spec §7.1): the items of <c>/v1/catalog/nodes</c> and the <c>Node</c> of a health entry.
/// </summary>
public sealed record Node
{
    /// <summary>Node ID; <c>""</c> for catalog-registered nodes without one.</summary>
    [JsonPropertyName("ID")]
    public string Id { get; init => field = value ?? ""; } = "";

    /// <summary>The node name (JSON <c>Node</c>).</summary>
    [JsonPropertyName("Node")]
    public string Name { get; init => field = value ?? ""; } = "";

    public string Address { get; init => field = value ?? ""; } = "";

    public string Datacenter { get; init => field = value ?? ""; } = "";

    /// <summary>Plain string values (<c>lan</c>, <c>wan_ipv4</c>, …); empty when Consul sends <c>null</c>.</summary>
    public IReadOnlyDictionary<string, string> TaggedAddresses { get; init => field = value ?? EmptyMaps.Strings; } = EmptyMaps.Strings;

    /// <summary>Node metadata; empty when Consul sends <c>null</c>.</summary>
    public IReadOnlyDictionary<string, string> Meta { get; init => field = value ?? EmptyMaps.Strings; } = EmptyMaps.Strings;

    public ulong CreateIndex { get; init; }

    public ulong ModifyIndex { get; init; }
}
