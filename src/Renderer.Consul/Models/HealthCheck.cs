using System.Text.Json.Serialization;

namespace Renderer.Consul.Models;

/// <summary>A health check (spec §7.4). <see cref="ServiceId"/> is <c>""</c> for node-level checks.</summary>
public sealed record HealthCheck
{
    public string Node { get; init; } = "";

    [JsonPropertyName("CheckID")]
    public string CheckId { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary><c>passing</c>, <c>warning</c> or <c>critical</c> (see <see cref="HealthStatus"/>).</summary>
    public string Status { get; init; } = "";

    public string Notes { get; init; } = "";

    public string Output { get; init; } = "";

    [JsonPropertyName("ServiceID")]
    public string ServiceId { get; init; } = "";

    public string ServiceName { get; init; } = "";

    public IReadOnlyList<string> ServiceTags { get; init; } = [];

    /// <summary><c>ttl</c>, <c>http</c>, <c>tcp</c>, …; <c>""</c> for catalog-registered checks.</summary>
    public string Type { get; init; } = "";

    public string Interval { get; init; } = "";

    public string Timeout { get; init; } = "";

    public int ExposedPort { get; init; }

    public string PeerName { get; init; } = "";

    public string Namespace { get; init; } = "";

    public ulong CreateIndex { get; init; }

    public ulong ModifyIndex { get; init; }
}
