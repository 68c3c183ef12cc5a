namespace Renderer.Consul.Models;

/// <summary><c>/v1/catalog/node/:node</c>: the node and its services keyed by service ID (spec §6.7).</summary>
public sealed record CatalogNode
{
    public Node Node { get; init => field = value ?? new Node(); } = new();

    public IReadOnlyDictionary<string, AgentService> Services { get; init => field = value ?? EmptyMaps.Of<AgentService>(); } =
        EmptyMaps.Of<AgentService>();
}
