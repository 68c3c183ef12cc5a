using Renderer.ConsulSimulator.Acl;
using Renderer.ConsulSimulator.Http;
using Renderer.ConsulSimulator.Json;

namespace Renderer.ConsulSimulator.Endpoints;

/// <summary><c>GET /v1/agent/self</c>: only <c>Config</c> is stable in Consul; the rest is a plausible skeleton.</summary>
internal static class AgentSelfEndpoint
{
    public static async Task GetAsync(ConsulRequest request)
    {
        var agent = Agent.Of(request);
        request.Authorize().RequireRead(AclResource.Agent, agent.Node);
        var options = request.Simulator.Options;
        var state = request.Simulator.State;
        var node = agent.Datacenter.NodeWithServices(agent.Node).Value.Node;
        await ConsulResponse.WriteJsonAsync(request, w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("Config");
            w.WriteString("Datacenter", state.Primary.Name);
            w.WriteString("PrimaryDatacenter", state.Primary.Name);
            w.WriteString("NodeName", state.AgentNode);
            w.WriteString("NodeID", state.AgentNodeId);
            w.WriteString("Revision", "simulator");
            w.WriteBoolean("Server", true);
            w.WriteString("Version", options.Version);
            w.WriteString("BuildDate", "2025-01-01T00:00:00Z");
            w.WriteEndObject();
            w.WriteStartObject("DebugConfig");
            w.WriteEndObject();
            w.WriteStartObject("Member");
            w.WriteString("Name", state.AgentNode);
            w.WriteString("Addr", options.NodeAddress);
            w.WriteNumber("Port", 8301);
            w.WriteNumber("Status", 1);
            w.WriteEndObject();
            w.WriteStartObject("Stats");
            w.WriteEndObject();
            JsonMaps.WriteStrings(w, "Meta", node?.Meta);
            w.WriteEndObject();
        });
    }
}
