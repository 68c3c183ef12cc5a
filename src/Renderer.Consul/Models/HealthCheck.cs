using System.Text.Json.Serialization;

namespace Renderer.Consul.Models;

/// <summary>A health check (spec §7.4). <see cref="ServiceId"/> is <c>""</c> for node-level checks.</summary>
public sealed record HealthCheck
{
    public string Node { get; init => field = value ?? ""; } = "";

    [JsonPropertyName("CheckID")]
    public string CheckId { get; init => field = value ?? ""; } = "";

    public string Name { get; init => field = value ?? ""; } = "";

    /// <summary><c>passing</c>, <c>warning</c> or <c>critical</c> (see <see cref="HealthStatus"/>).</summary>
    public string Status { get; init => field = value ?? ""; } = "";

    public string Notes { get; init => field = value ?? ""; } = "";

    public string Output { get; init => field = value ?? ""; } = "";

    [JsonPropertyName("ServiceID")]
    public string ServiceId { get; init => field = value ?? ""; } = "";

    public string ServiceName { get; init => field = value ?? ""; } = "";

    public IReadOnlyList<string> ServiceTags { get; init => field = value ?? []; } = [];

    /// <summary><c>ttl</c>, <c>http</c>, <c>tcp</c>, …; <c>""</c> for catalog-registered checks.</summary>
    public string Type { get; init => field = value ?? ""; } = "";

    public string Interval { get; init => field = value ?? ""; } = "";

    public string Timeout { get; init => field = value ?? ""; } = "";

    public int ExposedPort { get; init; }

    public string PeerName { get; init => field = value ?? ""; } = "";

    public string Namespace { get; init => field = value ?? ""; } = "";

    public ulong CreateIndex { get; init; }

    public ulong ModifyIndex { get; init; }
}
