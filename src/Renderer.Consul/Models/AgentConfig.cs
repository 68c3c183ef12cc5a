using System.Text.Json.Serialization;

namespace Renderer.Consul.Models;

/// <summary>The <c>Config</c> object of <c>/v1/agent/self</c>.</summary>
public sealed record AgentConfig
{
    public string Datacenter { get; init => field = value ?? ""; } = "";

    public string PrimaryDatacenter { get; init => field = value ?? ""; } = "";

    public string NodeName { get; init => field = value ?? ""; } = "";

    [JsonPropertyName("NodeID")]
    public string NodeId { get; init => field = value ?? ""; } = "";

    public string Revision { get; init => field = value ?? ""; } = "";

    public bool Server { get; init; }

    public string Version { get; init => field = value ?? ""; } = "";

    /// <summary>Enterprise only; <c>""</c> on Community Edition.</summary>
    public string Partition { get; init => field = value ?? ""; } = "";
}
