using Renderer.ConsulSimulator.Acl;
using Renderer.ConsulSimulator.Http;
using Renderer.ConsulSimulator.Json;
using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Endpoints;

/// <summary>
/// Service registration on the simulated agent's own node (agent/agent_endpoint.go). The agent syncs
/// to the catalog at once; all answers are 200 with an empty body.
/// </summary>
internal static class AgentServiceEndpoints
{
    public const string DeregisterPrefix = "/v1/agent/service/deregister/";
    public const string MaintenancePrefix = "/v1/agent/service/maintenance/";

    public static async Task RegisterAsync(ConsulRequest request)
    {
        request.RejectEnterpriseMeta();
        var body = RequestBody.Parse(await request.ReadBodyAsync(), "ServiceDefinition");
        var service = AgentServiceBodies.Service(body);
        var acl = request.Authorize();
        var checks = AgentServiceBodies.Checks(body, service);
        var agent = Agent.Of(request);
        acl.RequireWrite(AclResource.Service, service.Name);
        if (agent.Datacenter.FindService(agent.Node, service.EffectiveId) is { } existing)
        {
            acl.RequireWrite(AclResource.Service, existing.Name);
        }

        agent.Datacenter.Register(agent.Registration() with { Service = service, Checks = agent.KeepStatuses(checks) });
        if (request.Query.Has("replace-existing-checks") && request.Query.Get("replace-existing-checks") is "" or "true")
        {
            agent.RemoveChecksExcept(service.EffectiveId, checks.Select(c => c.CheckId).ToHashSet(StringComparer.OrdinalIgnoreCase));
        }

        await ConsulResponse.WriteEmptyAsync(request);
    }

    public static async Task DeregisterAsync(ConsulRequest request)
    {
        var serviceId = request.After(DeregisterPrefix);
        var acl = request.Authorize();
        request.RejectEnterpriseMeta();
        var agent = Agent.Of(request);
        var service = agent.RequireService(serviceId);
        acl.RequireWrite(AclResource.Service, service.Name);
        agent.Datacenter.DeregisterService(agent.Node, service.Id);
        await ConsulResponse.WriteEmptyAsync(request);
    }

    public static async Task MaintenanceAsync(ConsulRequest request)
    {
        var serviceId = EndpointArguments.Required(request.After(MaintenancePrefix), "Missing service ID");
        var enable = MaintenanceFlag(request);
        var acl = request.Authorize();
        request.RejectEnterpriseMeta();
        var agent = Agent.Of(request);
        var service = agent.RequireService(serviceId);
        acl.RequireWrite(AclResource.Service, service.Name);
        var checkId = "_service_maintenance:" + service.Id;
        if (enable)
        {
            var reason = request.Query.Get("reason") is { Length: > 0 } given
                ? given
                : "Maintenance mode is enabled for this service, but no reason was provided. This is a default message.";
            var check = new CheckRegistration(checkId)
            {
                Name = "Service Maintenance Mode", Notes = reason, ServiceId = service.Id, Status = CheckStatus.Critical, Type = "maintenance",
            };
            agent.Datacenter.Register(agent.Registration() with { Checks = [check] });
        }
        else
        {
            agent.Datacenter.DeregisterCheck(agent.Node, checkId);
        }

        await ConsulResponse.WriteEmptyAsync(request);
    }

    public static async Task NodeMaintenanceAsync(ConsulRequest request)
    {
        var enable = MaintenanceFlag(request);
        var agent = Agent.Of(request);
        request.Authorize().RequireWrite(AclResource.Node, agent.Node);
        if (enable)
        {
            var reason = request.Query.Get("reason") is { Length: > 0 } given
                ? given
                : "Maintenance mode is enabled for this node, but no reason was provided. This is a default message.";
            var check = new CheckRegistration("_node_maintenance")
            {
                Name = "Node Maintenance Mode", Notes = reason, Status = CheckStatus.Critical, Type = "maintenance",
            };
            agent.Datacenter.Register(agent.Registration() with { Checks = [check] });
        }
        else
        {
            agent.Datacenter.DeregisterCheck(agent.Node, "_node_maintenance");
        }

        await ConsulResponse.WriteEmptyAsync(request);
    }

    private static bool MaintenanceFlag(ConsulRequest request)
    {
        if (!request.Query.Has("enable"))
        {
            throw ConsulHttpError.BadRequest("Missing value for enable");
        }

        var raw = request.Query.Get("enable");
        return GoBool.TryParse(raw, out var enable) ? enable : throw ConsulHttpError.BadRequest($"Invalid value for enable: \"{raw}\"");
    }
}
