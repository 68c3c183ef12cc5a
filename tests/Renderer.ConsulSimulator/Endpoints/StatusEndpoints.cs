using Renderer.ConsulSimulator.Http;
using Renderer.ConsulSimulator.Json;

namespace Renderer.ConsulSimulator.Endpoints;

/// <summary><c>/v1/status/leader</c> and <c>/v1/status/peers</c>: no index, no ACL, work without a leader.</summary>
internal static class StatusEndpoints
{
    /// <summary>The leader's <c>ip:port</c> as a JSON string; <c>""</c> when there is none.</summary>
    public static Task LeaderAsync(ConsulRequest request)
    {
        var leader = request.Datacenter().Leader ?? string.Empty;
        return ConsulResponse.WriteJsonAsync(request, w => w.WriteStringValue(leader));
    }

    public static Task PeersAsync(ConsulRequest request)
    {
        var leader = request.Datacenter().Leader;
        string[] peers = leader is null ? [] : [leader];
        return ConsulResponse.WriteJsonAsync(request, w => JsonArrays.Write(w, peers, (writer, p) => writer.WriteStringValue(p)));
    }
}
