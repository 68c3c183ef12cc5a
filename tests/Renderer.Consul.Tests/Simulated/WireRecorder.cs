using System.Collections.Concurrent;

namespace Renderer.Consul.Tests.Simulated;

/// <summary>
/// The client's transport: real sockets underneath, recording every request it sends and counting those still
/// waiting for response headers, which is how a test knows the client is not mid-request.
/// </summary>
public sealed class WireRecorder(TimeProvider clock) : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentQueue<WireRequest> _requests = new();
    private int _sent;
    private int _inFlight;

    public IReadOnlyList<WireRequest> Requests => [.. _requests];

    /// <summary>Requests sent whose response headers have not arrived (or failed) yet.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Fake time between consecutive requests, from <paramref name="first"/> on (1-based).</summary>
    public IReadOnlyList<TimeSpan> Gaps(int first = 1)
    {
        var requests = Requests.Skip(first - 1).ToList();
        return [.. requests.Zip(requests.Skip(1), (a, b) => b.At - a.At)];
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            _requests.Enqueue(new WireRequest(Interlocked.Increment(ref _sent), request.RequestUri!, clock.GetUtcNow()));
            return await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
