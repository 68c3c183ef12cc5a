using System.Net.Http.Headers;
using System.Text;

namespace Renderer.ConsulSimulator.Tests.Support;

/// <summary>A running simulator and a plain HttpClient pointed at it. Blocking waits are short (2 s, no jitter)
/// unless a test says otherwise.</summary>
internal sealed class Harness : IAsyncDisposable
{
    private Harness(ConsulSimulator simulator, HttpClient http)
    {
        Simulator = simulator;
        Http = http;
    }

    public ConsulSimulator Simulator { get; }

    public HttpClient Http { get; }

    public Renderer.ConsulSimulator.State.Datacenter Datacenter => Simulator.Datacenter;

    public static SimulatorOptions FastOptions { get; } = new() { MaxWait = TimeSpan.FromSeconds(2), JitterEnabled = false };

    public static async Task<Harness> StartAsync(SimulatorOptions? options = null)
    {
        var simulator = await ConsulSimulator.StartAsync(options ?? FastOptions);
        return new Harness(simulator, new HttpClient { BaseAddress = simulator.Address, Timeout = TimeSpan.FromSeconds(30) });
    }

    public Task<Reply> GetAsync(string pathAndQuery, Action<HttpRequestMessage>? configure = null) =>
        SendAsync(HttpMethod.Get, pathAndQuery, null, configure);

    public Task<Reply> PutAsync(string pathAndQuery, string body = "", Action<HttpRequestMessage>? configure = null) =>
        SendAsync(HttpMethod.Put, pathAndQuery, body, configure);

    public async Task<Reply> SendAsync(HttpMethod method, string pathAndQuery, string? body, Action<HttpRequestMessage>? configure = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, pathAndQuery);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        configure?.Invoke(request);
        using var response = await Http.SendAsync(request, cancellationToken);
        return await Reply.ReadAsync(response);
    }

    /// <summary>Waits (up to 5 s) until <paramref name="condition"/> holds; for counters that settle asynchronously.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string description)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting for: {description}");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Waits until this many blocking queries are parked in the simulator.</summary>
    public Task WaitForBlockedAsync(int count) =>
        WaitUntilAsync(() => Simulator.Counters.BlockingQueriesInFlight == count, $"{count} blocked queries");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Simulator.DisposeAsync();
    }
}
