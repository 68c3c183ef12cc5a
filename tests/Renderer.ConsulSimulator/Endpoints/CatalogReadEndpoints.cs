using System.Text.Json;
using Renderer.ConsulSimulator.Acl;
using Renderer.ConsulSimulator.Filtering;
using Renderer.ConsulSimulator.Http;
using Renderer.ConsulSimulator.Json;
using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Endpoints;

/// <summary><c>GET /v1/catalog/*</c> (agent/catalog_endpoint.go).</summary>
internal static class CatalogReadEndpoints
{
    public const string ServicePrefix = "/v1/catalog/service/";
    public const string NodePrefix = "/v1/catalog/node/";

    /// <summary><c>/v1/catalog/services</c>: service name → de-duplicated tags; <c>{}</c> when empty.</summary>
    public static async Task ServicesAsync(ConsulRequest request)
    {
        request.RejectEnterpriseMeta();
        var options = ReadOptions.Parse(request);
        var nodeMeta = NodeMetaFilter.Parse(request.Query);
        var scope = ReadScope.Begin(request, options, cacheable: true);
        var filter = scope.CompileFilter(FilterSchemas.ServiceNode);
        var result = await BlockingQuery.RunAsync(scope, dc => dc.AllServiceInstances(withNodeMeta: !nodeMeta.IsEmpty));
        var filtered = false;
        var rows = result.Value.Where(r => nodeMeta.Matches(r.Node)).ToList();
        var visible = rows.Where(r => scope.Acl.CanRead(AclResource.Service, r.Service.Name)).ToList();
        filtered |= visible.Count != rows.Count;
        var matching = filter.Apply(visible, (w, r) => ServiceJson.WriteServiceNode(w, r.Node, r.Service));
        CacheHeaders.Apply(scope, backgroundRefresh: true);
        scope.Meta(result.Index, filtered).WriteTo(request.Http);
        await ConsulResponse.WriteJsonAsync(request, w => WriteServiceMap(w, matching));
    }

    /// <summary><c>/v1/catalog/service/:service</c>: flat ServiceNode rows; <c>[]</c> for an unknown service.</summary>
    public static async Task ServiceAsync(ConsulRequest request)
    {
        request.RejectEnterpriseMeta();
        var options = ReadOptions.Parse(request);
        var nodeMeta = NodeMetaFilter.Parse(request.Query);
        var tags = request.Query.Has("tag") ? request.Query.GetAll("tag") : null;
        var name = EndpointArguments.Required(request.After(ServicePrefix), "Missing service name");
        var scope = ReadScope.Begin(request, options, cacheable: true);
        var filter = scope.CompileFilter(FilterSchemas.ServiceNode);
        var result = await BlockingQuery.RunAsync(scope, dc => dc.ServiceInstances(name, tags, withChecksFallback: false));
        var filtered = false;
        var rows = AclFilters.Instances(scope.Acl, result.Value.Where(r => nodeMeta.Matches(r.Node)).ToList(), ref filtered);
        rows = filter.Apply(rows, WriteServiceNode);
        CacheHeaders.Apply(scope, backgroundRefresh: true);
        scope.Meta(result.Index, filtered).WriteTo(request.Http);
        await ConsulResponse.WriteJsonAsync(request, w => JsonArrays.Write(w, rows, WriteServiceNode));
    }

    /// <summary><c>/v1/catalog/nodes</c>, sorted by node name.</summary>
    public static async Task NodesAsync(ConsulRequest request)
    {
        request.RejectEnterpriseMeta();
        var options = ReadOptions.Parse(request);
        var nodeMeta = NodeMetaFilter.Parse(request.Query);
        var scope = ReadScope.Begin(request, options);
        var filter = scope.CompileFilter(FilterSchemas.Node);
        var result = await BlockingQuery.RunAsync(scope, dc => dc.AllNodes());
        var filtered = false;
        var nodes = AclFilters.Nodes(scope.Acl, result.Value.Where(nodeMeta.Matches).ToList(), ref filtered);
        nodes = filter.Apply(nodes, NodeJson.Write);
        scope.Meta(result.Index, filtered).WriteTo(request.Http);
        await ConsulResponse.WriteJsonAsync(request, w => JsonArrays.Write(w, nodes, NodeJson.Write));
    }

    /// <summary><c>/v1/catalog/node/:node</c>: <c>{"Node":…,"Services":{id: …}}</c>, or <c>null</c> for an unknown node.</summary>
    public static async Task NodeAsync(ConsulRequest request)
    {
        request.RejectEnterpriseMeta();
        var options = ReadOptions.Parse(request);
        var name = EndpointArguments.Required(request.After(NodePrefix), "Missing node name");
        var scope = ReadScope.Begin(request, options);
        var filter = scope.CompileFilter(FilterSchemas.NodeService);
        var result = await BlockingQuery.RunAsync(scope, dc => dc.NodeWithServices(name));
        var (node, services) = result.Value;
        var filtered = false;
        if (node is not null && !scope.Acl.CanRead(AclResource.Node, node.Name))
        {
            (node, filtered) = (null, true);
        }

        services = filter.Apply(AclFilters.Services(scope.Acl, services, ref filtered), ServiceJson.WriteNodeService);
        scope.Meta(result.Index, filtered).WriteTo(request.Http);
        await ConsulResponse.WriteJsonAsync(request, w => WriteNodeServices(w, node, services));
    }

    /// <summary><c>/v1/catalog/datacenters</c>: no index, no ACL; the agent's datacenter first.</summary>
    public static async Task DatacentersAsync(ConsulRequest request)
    {
        var options = ReadOptions.Parse(request);
        if (options.UseCache)
        {
            CacheHeaders.Lookup(request, "datacenters", options.CacheControl, backgroundRefresh: false);
        }

        var names = request.Simulator.State.DatacenterNames;
        await ConsulResponse.WriteJsonAsync(request, w => JsonArrays.Write(w, names, (writer, name) => writer.WriteStringValue(name)));
    }

    private static void WriteServiceNode(Utf8JsonWriter writer, ServiceInstance row) => ServiceJson.WriteServiceNode(writer, row.Node, row.Service);

    private static void WriteServiceMap(Utf8JsonWriter writer, IEnumerable<ServiceInstance> rows)
    {
        var tags = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var list = tags.TryGetValue(row.Service.Name, out var existing) ? existing : tags[row.Service.Name] = [];
            foreach (var tag in row.Service.Tags)
            {
                if (!list.Contains(tag))
                {
                    list.Add(tag);
                }
            }
        }

        writer.WriteStartObject();
        foreach (var (name, serviceTags) in tags)
        {
            JsonMaps.WriteStringArray(writer, name, serviceTags);
        }

        writer.WriteEndObject();
    }

    private static void WriteNodeServices(Utf8JsonWriter writer, StoredNode? node, IReadOnlyList<StoredService> services)
    {
        if (node is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName("Node");
        NodeJson.Write(writer, node);
        writer.WriteStartObject("Services");
        foreach (var service in services.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            writer.WritePropertyName(service.Id);
            ServiceJson.WriteNodeService(writer, service);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
