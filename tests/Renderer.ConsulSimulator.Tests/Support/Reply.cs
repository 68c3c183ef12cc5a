using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Renderer.ConsulSimulator.Tests.Support;

/// <summary>A fully read HTTP response: status, headers (response and content) and body text.</summary>
internal sealed record Reply(HttpStatusCode Status, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public static async Task<Reply> ReadAsync(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            headers[name] = string.Join(",", values);
        }

        return new Reply(response.StatusCode, await response.Content.ReadAsStringAsync(), headers);
    }

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The X-Consul-Index header as a number.</summary>
    public ulong Index => ulong.Parse(Header("X-Consul-Index") ?? throw new InvalidOperationException("No X-Consul-Index header."), CultureInfo.InvariantCulture);

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
