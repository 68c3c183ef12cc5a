namespace Renderer.Consul.Models;

/// <summary>The Serf <c>Member</c> object of <c>/v1/agent/self</c>.</summary>
public sealed record AgentMember
{
    public string Name { get; init; } = "";

    public string Addr { get; init; } = "";

    public int Port { get; init; }

    public IReadOnlyDictionary<string, string> Tags { get; init; } = EmptyMaps.Strings;

    public int Status { get; init; }
}
