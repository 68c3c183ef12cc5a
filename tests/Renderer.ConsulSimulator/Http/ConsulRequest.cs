using Microsoft.AspNetCore.Http.Features;
using Renderer.ConsulSimulator.Acl;
using Renderer.ConsulSimulator.Hosting;
using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Http;

/// <summary>One request as a Consul handler sees it: Go-style query, decoded path, token, datacenter.</summary>
internal sealed class ConsulRequest
{
    private AclAuthorizer? _authorizer;

    public ConsulRequest(HttpContext http, SimulatorContext simulator, string path, CancellationToken aborted)
    {
        Http = http;
        Simulator = simulator;
        Path = path;
        Aborted = aborted;
        Query = GoQuery.Parse(http.Request.QueryString.Value ?? string.Empty);
    }

    public HttpContext Http { get; }

    public SimulatorContext Simulator { get; }

    /// <summary>The request path, fully percent-decoded as Go's <c>URL.Path</c> is.</summary>
    public string Path { get; }

    public GoQuery Query { get; }

    /// <summary>Client disconnect or simulator stop.</summary>
    public CancellationToken Aborted { get; }

    public IHeaderDictionary ResponseHeaders => Http.Response.Headers;

    public string Method => Http.Request.Method;

    /// <summary>The path after a route prefix, e.g. the service name after <c>/v1/health/service/</c>.</summary>
    public string After(string prefix) => Path.Length > prefix.Length ? Path[prefix.Length..] : string.Empty;

    /// <summary>The path as Go sees it: the raw request target, percent-decoded (Kestrel keeps <c>%2F</c> encoded).</summary>
    public static string DecodedPath(HttpContext http)
    {
        var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty;
        if (!raw.StartsWith('/'))
        {
            return http.Request.Path.Value ?? "/";
        }

        var query = raw.IndexOf('?');
        var path = query < 0 ? raw : raw[..query];
        return Uri.UnescapeDataString(path);
    }

    /// <summary>The request's token: <c>?token=</c>, then <c>X-Consul-Token</c>, then <c>Authorization: Bearer</c>.</summary>
    public string Token()
    {
        if (Query.Get("token") is { Length: > 0 } fromQuery)
        {
            return fromQuery;
        }

        if (Http.Request.Headers[ConsulHeaders.Token].FirstOrDefault() is { Length: > 0 } fromHeader)
        {
            return fromHeader;
        }

        var authorization = Http.Request.Headers.Authorization.FirstOrDefault() ?? string.Empty;
        var parts = authorization.Split(' ');
        if (parts.Length > 1 && parts[0].Equals("bearer", StringComparison.OrdinalIgnoreCase))
        {
            return string.Join(' ', parts[1..]).Trim().Split(' ')[0].Trim();
        }

        return string.Empty;
    }

    /// <summary>Resolves the token once per request.</summary>
    /// <exception cref="ConsulHttpError">403 <c>ACL not found</c>.</exception>
    public AclAuthorizer Authorize() => _authorizer ??= AclAuthorizer.Resolve(Simulator.Options.Acl, Token());

    /// <summary>The target datacenter: <paramref name="name"/>, else <c>?dc=</c>, else the agent's.</summary>
    /// <exception cref="ConsulHttpError">500 <c>No path to datacenter</c>.</exception>
    public Datacenter Datacenter(string? name = null)
    {
        var wanted = !string.IsNullOrEmpty(name) ? name : Query.Get("dc");
        if (wanted.Length == 0)
        {
            return Simulator.State.Primary;
        }

        return Simulator.State.TryGet(wanted, out var datacenter)
            ? datacenter
            : throw ConsulHttpError.Internal("No path to datacenter");
    }

    /// <summary>Community Edition's answer to namespaces and partitions (agent/http_ce.go).</summary>
    public void RejectEnterpriseMeta()
    {
        if (Http.Request.Headers[ConsulHeaders.Namespace].FirstOrDefault() is { Length: > 0 })
        {
            throw ConsulHttpError.BadRequest("Invalid header: \"X-Consul-Namespace\" - Namespaces are a Consul Enterprise feature");
        }

        if (Query.Get("ns").Length > 0)
        {
            throw ConsulHttpError.BadRequest("Invalid query parameter: \"ns\" - Namespaces are a Consul Enterprise feature");
        }

        if (Query.Get("partition").Length > 0)
        {
            throw ConsulHttpError.BadRequest("Invalid query parameter: \"partition\" - Partitions are a Consul Enterprise feature");
        }
    }

    /// <summary>Reads the whole request body.</summary>
    public async Task<byte[]> ReadBodyAsync()
    {
        using var buffer = new MemoryStream();
        await Http.Request.Body.CopyToAsync(buffer, Aborted);
        return buffer.ToArray();
    }
}
