namespace Renderer.Consul.Models;

/// <summary>The Serf <c>Member</c> object of <c>/v1/agent/self</c>.</summary>
public sealed record AgentMember
{
    public string Name { get; init => field = value ?? ""; } = "";

    public string Addr { get; init => field = value ?? ""; } = "";

    public int Port { get; init; }

    public IReadOnlyDictionary<string, string> Tags { get; init => field = value ?? EmptyMaps.Strings; } = EmptyMaps.Strings;

    public int Status { get; init; }
}
