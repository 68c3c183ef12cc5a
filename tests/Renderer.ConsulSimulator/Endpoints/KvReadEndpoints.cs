using Renderer.ConsulSimulator.Acl;
using Renderer.ConsulSimulator.Http;
using Renderer.ConsulSimulator.Json;

namespace Renderer.ConsulSimulator.Endpoints;

/// <summary>
/// <c>GET /v1/kv/:key</c> with <c>recurse</c>, <c>keys</c>/<c>separator</c> and <c>raw</c> (agent/kvs_endpoint.go).
/// Nothing found is a 404 with an empty body but with the meta headers, so a missing key stays watchable.
/// KV handlers never set <c>X-Consul-Effective-Consistency</c>.
/// </summary>
internal static class KvReadEndpoints
{
    public static async Task GetAsync(ConsulRequest request, ReadOptions options, string key)
    {
        var recurse = request.Query.Has("recurse");
        if (!recurse && key.Length == 0)
        {
            throw ConsulHttpError.BadRequest("Missing key name");
        }

        request.RejectEnterpriseMeta();
        var scope = ReadScope.Begin(request, options);
        var filtered = false;
        IReadOnlyList<State.StoredKvEntry> entries;
        ulong index;
        if (recurse)
        {
            var result = await BlockingQuery.RunAsync(scope, dc => dc.KvList(key));
            (index, entries) = (result.Index, AclFilters.Keys(scope.Acl, result.Value, e => e.Key, ref filtered));
        }
        else
        {
            scope.Acl.RequireRead(AclResource.Key, key);
            var result = await BlockingQuery.RunAsync(scope, dc => dc.KvGet(key));
            (index, entries) = (result.Index, result.Value is { } entry ? [entry] : []);
        }

        scope.Meta(index, filtered, withConsistency: false).WriteTo(request.Http);
        if (entries.Count == 0)
        {
            await ConsulResponse.WriteEmptyAsync(request, 404);
        }
        else if (!recurse && request.Query.Has("raw"))
        {
            await WriteRawAsync(request, entries[0].Value);
        }
        else
        {
            await ConsulResponse.WriteJsonAsync(request, w => JsonArrays.Write(w, entries, KvJson.Write));
        }
    }

    public static async Task KeysAsync(ConsulRequest request, ReadOptions options, string prefix)
    {
        request.RejectEnterpriseMeta();

        // The historic misspelling "seperator" is still accepted; the correct one wins.
        var separator = request.Query.Has("separator") ? request.Query.Get("separator") : request.Query.Get("seperator");
        var scope = ReadScope.Begin(request, options);
        var result = await BlockingQuery.RunAsync(scope, dc => dc.KvKeys(prefix, separator));
        var filtered = false;
        var keys = AclFilters.Keys(scope.Acl, result.Value, k => k, ref filtered);
        scope.Meta(result.Index, filtered, withConsistency: false).WriteTo(request.Http);
        if (keys.Count == 0 && prefix.Length > 0)
        {
            await ConsulResponse.WriteEmptyAsync(request, 404);
            return;
        }

        await ConsulResponse.WriteJsonAsync(request, w => JsonArrays.Write(w, keys, (writer, k) => writer.WriteStringValue(k)));
    }

    // Consul pins the type and forbids sniffing and scripts so a stored value cannot become XSS in a browser.
    private static Task WriteRawAsync(ConsulRequest request, byte[] value)
    {
        request.ResponseHeaders.XContentTypeOptions = "nosniff";
        request.ResponseHeaders.ContentSecurityPolicy = "sandbox";
        return ConsulResponse.WriteBodyAsync(request.Http, 200, "text/plain", value, request.Aborted);
    }
}
