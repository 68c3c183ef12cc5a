using Renderer.ConsulSimulator.Acl;
using Renderer.ConsulSimulator.Http;
using Renderer.ConsulSimulator.Json;
using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Endpoints;

/// <summary>TTL check updates: <c>PUT /v1/agent/check/pass|warn|fail/:id?note=</c> and <c>/update/:id</c>.</summary>
internal static class AgentCheckEndpoints
{
    public const string PassPrefix = "/v1/agent/check/pass/";
    public const string WarnPrefix = "/v1/agent/check/warn/";
    public const string FailPrefix = "/v1/agent/check/fail/";
    public const string UpdatePrefix = "/v1/agent/check/update/";

    public static Task PassAsync(ConsulRequest request) =>
        UpdateAsync(request, request.After(PassPrefix), CheckStatus.Passing, request.Query.Get("note"));

    public static Task WarnAsync(ConsulRequest request) =>
        UpdateAsync(request, request.After(WarnPrefix), CheckStatus.Warning, request.Query.Get("note"));

    public static Task FailAsync(ConsulRequest request) =>
        UpdateAsync(request, request.After(FailPrefix), CheckStatus.Critical, request.Query.Get("note"));

    /// <summary>Body <c>{"Status": "passing|warning|critical", "Output": "…"}</c>; the status is checked before anything else.</summary>
    public static async Task UpdateBodyAsync(ConsulRequest request)
    {
        var body = RequestBody.Parse(await request.ReadBodyAsync(), "checkUpdate");
        var status = body.String("Status");
        if (!CheckStatus.IsValid(status))
        {
            throw ConsulHttpError.BadRequest($"Invalid check status: '{status}'");
        }

        await UpdateAsync(request, request.After(UpdatePrefix), status, body.String("Output"));
    }

    private static async Task UpdateAsync(ConsulRequest request, string checkId, string status, string output)
    {
        var acl = request.Authorize();
        request.RejectEnterpriseMeta();
        var agent = Agent.Of(request);
        var check = agent.RequireCheck(checkId);
        if (check.IsNodeCheck)
        {
            acl.RequireWrite(AclResource.Node, agent.Node);
        }
        else
        {
            acl.RequireWrite(AclResource.Service, check.ServiceName);
        }

        if (check.Type != "ttl")
        {
            throw ConsulHttpError.Internal($"CheckID \"{checkId}\" does not have associated TTL");
        }

        agent.Datacenter.SetCheckStatus(agent.Node, check.CheckId, status, output);
        await ConsulResponse.WriteEmptyAsync(request);
    }
}
