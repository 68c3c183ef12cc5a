using System.Text;
using System.Text.Json.Nodes;

namespace Renderer.Cli.Tests.EndToEnd;

/// <summary>Catalog changes, made the way a registrar does: through the agent's HTTP API on the simulator.</summary>
internal sealed partial class ProxyStack
{
    /// <summary>Registers an instance of <c>web</c> (tag <c>http</c>) at 127.0.0.1 with a passing TTL check <c>service:ID</c>.</summary>
    /// <param name="port">The port, or null to leave it out (a registrar bug: Consul stores port 0).</param>
    public Task RegisterAsync(string id, int? port)
    {
        var body = new JsonObject
        {
            ["ID"] = id,
            ["Name"] = ServiceName,
            ["Tags"] = new JsonArray("http"),
            ["Address"] = "127.0.0.1",
            ["Check"] = new JsonObject { ["CheckID"] = CheckId(id), ["Name"] = "alive", ["TTL"] = "10m", ["Status"] = "passing" },
        };
        if (port is { } value)
        {
            body["Port"] = value;
        }

        return PutAsync("v1/agent/service/register", body.ToJsonString());
    }

    public Task DeregisterAsync(string id) => PutAsync($"v1/agent/service/deregister/{id}", "");

    /// <summary>Marks the instance's TTL check critical, as a failing health probe would.</summary>
    public Task FailCheckAsync(string id) => PutAsync($"v1/agent/check/fail/{CheckId(id)}?note=e2e", "");

    public Task PutKeyAsync(string key, string value) => PutAsync($"v1/kv/{key}", value);

    /// <summary>Marks the instance's TTL check passing again.</summary>
    public Task PassCheckAsync(string id) => PutAsync($"v1/agent/check/pass/{CheckId(id)}?note=e2e", "");

    private static string CheckId(string id) => $"service:{id}";

    private async Task PutAsync(string path, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _http.PutAsync(new Uri(Simulator.Address, path), content);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"PUT {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
