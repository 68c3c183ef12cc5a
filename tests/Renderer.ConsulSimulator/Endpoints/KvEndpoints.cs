using System.Globalization;
using Renderer.ConsulSimulator.Acl;
using Renderer.ConsulSimulator.Http;

namespace Renderer.ConsulSimulator.Endpoints;

/// <summary>
/// <c>/v1/kv/</c>: query options are parsed for every method first (as KVSEndpoint does), then GET, PUT
/// (raw body, <c>flags</c>, <c>cas</c>) or DELETE (<c>recurse</c>, <c>cas</c>).
/// </summary>
internal static class KvEndpoints
{
    public const string Prefix = "/v1/kv/";

    public static Task HandleAsync(ConsulRequest request)
    {
        var options = ReadOptions.Parse(request);
        var key = request.After(Prefix);
        return request.Method switch
        {
            "GET" when request.Query.Has("keys") => KvReadEndpoints.KeysAsync(request, options, key),
            "GET" => KvReadEndpoints.GetAsync(request, options, key),
            "PUT" => PutAsync(request, key),
            _ => DeleteAsync(request, key),
        };
    }

    private static async Task PutAsync(ConsulRequest request, string key)
    {
        request.RejectEnterpriseMeta();
        if (key.Length == 0)
        {
            throw ConsulHttpError.BadRequest("Missing key name");
        }

        RejectConflictingFlags(request, "cas", "acquire", "release");
        var flags = OptionalUnsigned(request, "flags") ?? 0;
        var cas = OptionalUnsigned(request, "cas");
        RejectSessions(request);
        var limit = request.Simulator.Options.KvMaxValueSize;
        var value = request.Http.Request.ContentLength is { } declared && declared > limit
            ? throw TooLarge(declared, limit)
            : await request.ReadBodyAsync();
        if (value.Length > limit)
        {
            throw TooLarge(value.Length, limit);
        }

        var datacenter = CatalogWriteEndpoints.WritableDatacenter(request, request.Query.Get("dc"));
        request.Authorize().RequireWrite(AclResource.Key, key);
        var result = datacenter.PutKey(key, value, flags, cas);

        // Only a check-and-set reports its outcome; a plain set always answers true.
        await ConsulResponse.WriteJsonAsync(request, w => w.WriteBooleanValue(cas is null || result.Applied));
    }

    private static async Task DeleteAsync(ConsulRequest request, string key)
    {
        request.RejectEnterpriseMeta();
        RejectConflictingFlags(request, "recurse", "cas");
        var recurse = request.Query.Has("recurse");
        if (!recurse && key.Length == 0)
        {
            throw ConsulHttpError.BadRequest("Missing key name");
        }

        var cas = OptionalUnsigned(request, "cas");
        var datacenter = CatalogWriteEndpoints.WritableDatacenter(request, request.Query.Get("dc"));
        request.Authorize().RequireWrite(AclResource.Key, key);
        var applied = true;
        if (recurse)
        {
            datacenter.DeleteTree(key);
        }
        else
        {
            applied = datacenter.DeleteKey(key, cas).Applied;
        }

        await ConsulResponse.WriteJsonAsync(request, w => w.WriteBooleanValue(cas is null || applied));
    }

    // conflictingFlags in agent/kvs_endpoint.go: the body ends with a newline (Fprintf "…%v\n").
    private static void RejectConflictingFlags(ConsulRequest request, params string[] flags)
    {
        if (flags.Count(request.Query.Has) > 1)
        {
            throw ConsulHttpError.BadRequest($"Conflicting flags: {request.Query.Encode()}\n");
        }
    }

    private static void RejectSessions(ConsulRequest request)
    {
        foreach (var flag in new[] { "acquire", "release" }.Where(request.Query.Has))
        {
            throw ConsulHttpError.Internal($"invalid session \"{request.Query.Get(flag)}\"");
        }
    }

    // Consul returns strconv's error unwrapped, which the HTTP layer turns into a 500.
    private static ulong? OptionalUnsigned(ConsulRequest request, string name)
    {
        if (!request.Query.Has(name))
        {
            return null;
        }

        var text = request.Query.Get(name);
        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ConsulHttpError.Internal($"strconv.ParseUint: parsing \"{text}\": invalid syntax");
    }

    private static ConsulHttpError TooLarge(long size, int limit) => new(413,
        $"Request body({size} bytes) too large, max size: {limit} bytes. See https://developer.hashicorp.com/docs/agent/config/config-files#kv_max_value_size.");
}
