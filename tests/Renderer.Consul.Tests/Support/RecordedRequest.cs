namespace Renderer.Consul.Tests.Support;

/// <summary>What the client sent: method, URI, headers (including HttpClient's defaults) and the fake time.</summary>
public sealed record RecordedRequest(
    HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, IReadOnlyList<string>> Headers, DateTimeOffset At)
{
    /// <summary>1 for the first request the handler saw.</summary>
    public int Number { get; init; }

    public string PathAndQuery => Uri.PathAndQuery;

    public string? Header(string name) => Headers.TryGetValue(name, out var values) ? string.Join(",", values) : null;

    public string? Query(string name) =>
        QueryValues(name).FirstOrDefault();

    public IReadOnlyList<string?> QueryValues(string name) =>
        [.. Uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p[0] == name)
            .Select(p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : null)];

    public bool HasQuery(string name) => Uri.Query.TrimStart('?').Split('&').Any(p => p.Split('=', 2)[0] == name);

}
