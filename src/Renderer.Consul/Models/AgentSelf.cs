namespace Renderer.Consul.Models;

/// <summary>
/// The stable subset of <c>/v1/agent/self</c> (spec §6.11): <c>Config</c>, <c>Member</c> and the node <c>Meta</c>.
/// Everything else (<c>DebugConfig</c>, <c>Stats</c>, …) is unstable across versions and is not read.
/// </summary>
public sealed record AgentSelf
{
    public AgentConfig Config { get; init => field = value ?? new AgentConfig(); } = new();

    public AgentMember? Member { get; init; }

    public IReadOnlyDictionary<string, string> Meta { get; init => field = value ?? EmptyMaps.Strings; } = EmptyMaps.Strings;
}
