namespace Renderer.Consul.Tests.Support;

/// <summary>A client on a stub transport and a fake clock, with captured logs and no process environment.</summary>
public sealed class ClientHarness : IDisposable
{
    public ClientHarness(Func<RecordedRequest, HttpResponseMessage> responder, ConsulClientOptions? options = null)
        : this((request, _) => Task.FromResult(responder(request)), options)
    {
    }

    public ClientHarness(
        Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> responder, ConsulClientOptions? options = null)
    {
        Handler = new StubHandler(Clock, responder);
        Client = new ConsulClient(options ?? DefaultOptions, Handler, Logs, Clock);
    }

    /// <summary>No environment; jitter fixed at 0 so delays are the exponential ceiling exactly.</summary>
    public static ConsulClientOptions DefaultOptions { get; } = new()
    {
        EnvironmentReader = _ => null,
        Retry = new ConsulRetryOptions { Randomizer = () => 0 },
    };

    public TestClock Clock { get; } = new();

    public CapturingLoggerFactory Logs { get; } = new();

    public StubHandler Handler { get; }

    public ConsulClient Client { get; }

    public IReadOnlyList<RecordedRequest> Requests => Handler.Requests;

    public void Dispose()
    {
        Client.Dispose();
        Handler.Dispose();
    }
}
