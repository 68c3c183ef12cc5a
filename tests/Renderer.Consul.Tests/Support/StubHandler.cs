
namespace Renderer.Consul.Tests.Support;

/// <summary>
/// An in-memory transport: answers each request with the responder's result and records what was sent and when.
/// Responders that return completed tasks keep the whole client synchronous, so a fake clock drives it exactly.
/// </summary>
public sealed class StubHandler : HttpMessageHandler
{
    private readonly Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> _responder;
    private readonly TimeProvider _clock;
    private readonly List<RecordedRequest> _requests = [];

    public StubHandler(TimeProvider clock, Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> responder)
    {
        _clock = clock;
        _responder = responder;
    }

    public StubHandler(TimeProvider clock, Func<RecordedRequest, HttpResponseMessage> responder)
        : this(clock, (request, _) => Task.FromResult(responder(request)))
    {
    }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public RecordedRequest Single() => Assert.Single(Requests);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.ToDictionary(h => h.Key, h => (IReadOnlyList<string>)[.. h.Value], StringComparer.OrdinalIgnoreCase),
            _clock.GetUtcNow());
        int number;
        lock (_requests)
        {
            _requests.Add(recorded);
            number = _requests.Count;
        }

        return _responder(recorded with { Number = number }, cancellationToken);
    }
}

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
