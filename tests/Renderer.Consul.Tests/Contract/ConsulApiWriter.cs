using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Renderer.Consul.Configuration;
using Renderer.Consul.Http;

namespace Renderer.Consul.Tests.Contract;

/// <summary>
/// Writes test data through Consul's HTTP API on the same connection settings as the client under test (address,
/// token, TLS), so it works against a real agent exactly as against the simulator. Every write must succeed.
/// </summary>
public sealed class ConsulApiWriter : IDisposable
{
    private readonly HttpClient _http;

    public ConsulApiWriter(ConsulClientOptions options)
    {
        var connection = ConsulConnection.Resolve(options);
        _http = new HttpClient(ConsulHttpHandlerFactory.Create(connection, options))
        {
            BaseAddress = new Uri(connection.BaseUri + "/"),
            Timeout = TimeSpan.FromSeconds(30),
        };
        if (connection.Token is { } token)
        {
            _http.DefaultRequestHeaders.Add("X-Consul-Token", token);
        }
    }

    /// <summary><c>PUT /v1/catalog/register</c> of the instance, its node and its checks.</summary>
    public Task RegisterAsync(TestInstance instance, CancellationToken cancellationToken)
    {
        var service = new JsonObject
        {
            ["ID"] = instance.EffectiveId,
            ["Service"] = instance.Service,
            ["Tags"] = new JsonArray([.. instance.Tags.Select(t => JsonValue.Create(t))]),
            ["Port"] = instance.Port,
        };
        if (instance.Meta is { } meta)
        {
            service["Meta"] = new JsonObject(meta.Select(m => KeyValuePair.Create(m.Key, (JsonNode?)m.Value)));
        }

        var checks = new JsonArray();
        if (instance.CheckStatus is { } status)
        {
            checks.Add(ServiceCheck(instance, status));
        }

        if (instance.NodeCheckStatus is { } nodeStatus)
        {
            checks.Add(new JsonObject { ["Node"] = instance.Node, ["CheckID"] = "node-health", ["Name"] = "node health", ["Status"] = nodeStatus });
        }

        var body = new JsonObject
        {
            ["Node"] = instance.Node,
            ["Address"] = instance.NodeAddress,
            ["Service"] = service,
            ["Checks"] = checks,
        };
        return SendAsync(HttpMethod.Put, "v1/catalog/register", Json(body), cancellationToken);
    }

    /// <summary>Re-registers the instance's service check with another status (what a failing probe looks like).</summary>
    public Task SetServiceCheckAsync(TestInstance instance, string status, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["Node"] = instance.Node,
            ["Address"] = instance.NodeAddress,
            ["Check"] = ServiceCheck(instance, status),
        };
        return SendAsync(HttpMethod.Put, "v1/catalog/register", Json(body), cancellationToken);
    }

    /// <summary><c>PUT /v1/catalog/deregister</c> of a node with all its services and checks.</summary>
    public Task DeregisterNodeAsync(string node, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, "v1/catalog/deregister", Json(new JsonObject { ["Node"] = node }), cancellationToken);

    /// <summary><c>PUT /v1/kv/:key</c> with the raw value as the body.</summary>
    public Task PutKeyAsync(string key, string value, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, "v1/kv/" + key, new ByteArrayContent(Encoding.UTF8.GetBytes(value)), cancellationToken);

    /// <summary><c>DELETE /v1/kv/:prefix?recurse</c>.</summary>
    public Task DeleteTreeAsync(string prefix, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, "v1/kv/" + prefix + "?recurse", null, cancellationToken);

    public void Dispose() => _http.Dispose();

    private static JsonObject ServiceCheck(TestInstance instance, string status) => new()
    {
        ["Node"] = instance.Node,
        ["CheckID"] = instance.ServiceCheckId,
        ["Name"] = "alive",
        ["Status"] = status,
        ["ServiceID"] = instance.EffectiveId,
    };

    private static StringContent Json(JsonNode body) =>
        new(body.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    private async Task SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        using var response = await _http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode || body.Trim() != "true")
        {
            throw new InvalidOperationException(
                $"Test data write {method} /{path} failed: {(int)response.StatusCode} {body.Trim()}");
        }
    }
}
