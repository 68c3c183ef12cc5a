using Renderer.Consul.Models;
using Json = Renderer.Consul.Serialization.ConsulJsonContext;

namespace Renderer.Consul;

public sealed partial class ConsulClient
{
    /// <summary>
    /// <c>GET /v1/status/leader</c> (spec §6.10): the leader's <c>ip:port</c>, <c>""</c> when there is none.
    /// A cheap "is the agent up" probe; no index.
    /// </summary>
    public async Task<QueryResult<string>> GetLeaderAsync(QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = _requests.Build("/v1/status/leader", options);
        var (value, meta) = await ReadAsync(request, Json.Default.String, cancellationToken).ConfigureAwait(false);
        return new(value ?? "", meta);
    }

    /// <summary>
    /// <c>GET /v1/agent/self</c> (spec §6.11): the local agent's configuration (datacenter, node name, version).
    /// Needs <c>agent:read</c>.
    /// </summary>
    public async Task<QueryResult<AgentSelf>> GetAgentSelfAsync(QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = _requests.Build("/v1/agent/self", options);
        var (value, meta) = await ReadAsync(request, Json.Default.AgentSelf, cancellationToken).ConfigureAwait(false);
        return new(value ?? new AgentSelf(), meta);
    }
}
