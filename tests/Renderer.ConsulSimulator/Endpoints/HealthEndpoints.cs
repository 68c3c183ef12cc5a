using Renderer.ConsulSimulator.Filtering;
using Renderer.ConsulSimulator.Http;
using Renderer.ConsulSimulator.Json;
using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Endpoints;

/// <summary><c>/v1/health/*</c> (agent/health_endpoint.go), in Consul's parse → RPC → post-filter order.</summary>
internal static class HealthEndpoints
{
    public const string ServicePrefix = "/v1/health/service/";
    public const string ChecksPrefix = "/v1/health/checks/";
    public const string StatePrefix = "/v1/health/state/";
    public const string NodePrefix = "/v1/health/node/";

    /// <summary><c>GET /v1/health/service/:service</c>, Renderer's main watch.</summary>
    public static async Task ServiceAsync(ConsulRequest request)
    {
        request.RejectEnterpriseMeta();
        var options = ReadOptions.Parse(request);
        var nodeMeta = NodeMetaFilter.Parse(request.Query);
        var tags = request.Query.Has("tag") ? request.Query.GetAll("tag") : null;
        var name = EndpointArguments.Required(request.After(ServicePrefix), "Missing service name");
        var scope = ReadScope.Begin(request, options, cacheable: true);
        var filter = scope.CompileFilter(FilterSchemas.HealthEntry);
        var result = await BlockingQuery.RunAsync(scope, dc => dc.ServiceInstances(name, tags, withChecksFallback: true));
        var filtered = false;
        var rows = AclFilters.Instances(scope.Acl, result.Value.Where(r => nodeMeta.Matches(r.Node)).ToList(), ref filtered);
        rows = filter.Apply(rows, HealthEntryJson.Write);
        CacheHeaders.Apply(scope, backgroundRefresh: true);
        scope.Meta(result.Index, filtered).WriteTo(request.Http);

        // Consul parses ?passing after the RPC has answered, so a bad value costs a full blocking wait.
        if (PassingFilter.Requested(request.Query))
        {
            rows = PassingFilter.Apply(rows);
        }

        await ConsulResponse.WriteJsonAsync(request, w => JsonArrays.Write(w, rows, HealthEntryJson.Write));
    }

    /// <summary><c>GET /v1/health/checks/:service</c>: the service's own checks, index of the whole checks table.</summary>
    public static Task ChecksAsync(ConsulRequest request) =>
        CheckListAsync(request, ChecksPrefix, "Missing service name", (dc, name) => dc.ServiceChecks(name));

    /// <summary><c>GET /v1/health/state/:state</c>: <c>any</c> or a status; other values match nothing.</summary>
    public static Task StateAsync(ConsulRequest request) =>
        CheckListAsync(request, StatePrefix, "Missing check state", (dc, state) => dc.ChecksInState(state));

    /// <summary><c>GET /v1/health/node/:node</c>.</summary>
    public static Task NodeAsync(ConsulRequest request) =>
        CheckListAsync(request, NodePrefix, "Missing node name", (dc, node) => dc.NodeChecks(node));

    private static async Task CheckListAsync(
        ConsulRequest request,
        string prefix,
        string missingMessage,
        Func<Datacenter, string, IndexedResult<IReadOnlyList<StoredCheck>>> query)
    {
        request.RejectEnterpriseMeta();
        var options = ReadOptions.Parse(request);
        var argument = EndpointArguments.Required(request.After(prefix), missingMessage);
        var scope = ReadScope.Begin(request, options);
        var filter = scope.CompileFilter(FilterSchemas.HealthCheck);
        var result = await BlockingQuery.RunAsync(scope, dc => query(dc, argument));
        var filtered = false;
        var checks = filter.Apply(AclFilters.Checks(scope.Acl, result.Value, ref filtered), CheckJson.Write);
        scope.Meta(result.Index, filtered).WriteTo(request.Http);
        await ConsulResponse.WriteJsonAsync(request, w => CheckJson.WriteArray(w, checks));
    }
}
