using System.Text.Json.Serialization;

namespace Renderer.Consul.Models;

/// <summary>The <c>Config</c> object of <c>/v1/agent/self</c>.</summary>
public sealed record AgentConfig
{
    public string Datacenter { get; init; } = "";

    public string PrimaryDatacenter { get; init; } = "";

    public string NodeName { get; init; } = "";

    [JsonPropertyName("NodeID")]
    public string NodeId { get; init; } = "";

    public string Revision { get; init; } = "";

    public bool Server { get; init; }

    public string Version { get; init; } = "";

    /// <summary>Enterprise only; <c>""</c> on Community Edition.</summary>
    public string Partition { get; init; } = "";
}
