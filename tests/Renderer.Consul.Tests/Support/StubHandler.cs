
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
        var headers = request.Headers.ToDictionary(
            h => h.Key, h => (IReadOnlyList<string>)[.. h.Value], StringComparer.OrdinalIgnoreCase);
        RecordedRequest recorded;
        lock (_requests)
        {
            recorded = new RecordedRequest(request.Method, request.RequestUri!, headers, _clock.GetUtcNow())
            {
                Number = _requests.Count + 1,
            };
            _requests.Add(recorded);
        }

        return _responder(recorded, cancellationToken);
    }
}
