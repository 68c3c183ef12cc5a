using Renderer.Consul.Exceptions;
using Renderer.Consul.Tests.Support;

namespace Renderer.Consul.Tests.Http;

/// <summary>The real transport on loopback sockets: keep-alive, the connection limit, unix sockets, refused connections.</summary>
public sealed class SocketTransportTests
{
    private static ConsulClient Client(string address, int maxConnections = 16, int? maxRetries = 0) =>
        new(new ConsulClientOptions
        {
            Address = address,
            EnvironmentReader = _ => null,
            MaxConnectionsPerServer = maxConnections,
            Retry = new ConsulRetryOptions { MaxRetries = maxRetries },
        });

    [Fact]
    public async Task Consecutive_reads_reuse_one_keep_alive_connection()
    {
        await using var server = LoopbackHttpServer.StartTcp(_ => "[]");
        using var client = Client(server.Address);

        for (var i = 0; i < 5; i++)
        {
            await client.GetCatalogNodesAsync();
        }

        Assert.Equal(5, server.Requests.Count);
        Assert.Equal(1, server.ConnectionCount);
        Assert.StartsWith("GET /v1/catalog/nodes HTTP/1.1", server.Requests[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_reads_never_open_more_connections_than_the_limit()
    {
        using var release = new SemaphoreSlim(0);
        await using var server = LoopbackHttpServer.StartTcp(head => head.Contains("index=", StringComparison.Ordinal) ? null : "[]");
        using var client = Client(server.Address, maxConnections: 2);
        using var stop = new CancellationTokenSource();

        // Two long polls hold both connections; a third read must queue behind them rather than open a third.
        var polls = Enumerable.Range(1, 2)
            .Select(i => client.GetCatalogNodesAsync(new QueryOptions { WaitIndex = (ulong)i }, stop.Token))
            .ToList();
        await LoopbackHttpServer.WaitUntilAsync(() => server.Requests.Count == 2, "both long polls arrived");
        var queued = client.GetCatalogNodesAsync(cancellationToken: stop.Token);
        await Task.Delay(200);

        Assert.Equal(2, server.ConnectionCount);
        Assert.Equal(2, server.Requests.Count);
        Assert.False(queued.IsCompleted);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.WhenAll([.. polls, queued]));
    }

    [UnixSocketFact]
    public async Task A_unix_socket_address_reaches_the_agent_through_the_socket()
    {
        using var temp = new TempDirectory();
        var socketPath = Path.Combine(temp.Path, "consul.sock");
        await using var server = LoopbackHttpServer.StartUnix(socketPath, _ => "\"10.0.0.1:8300\"");
        using var client = Client("unix://" + socketPath);

        var leader = await client.GetLeaderAsync();

        Assert.Equal("10.0.0.1:8300", leader.Value);
        Assert.Equal(7UL, leader.Meta.LastIndex);
        Assert.StartsWith("GET /v1/status/leader HTTP/1.1", Assert.Single(server.Requests), StringComparison.Ordinal);
    }

    [UnixSocketFact]
    public async Task A_missing_unix_socket_is_a_transient_unavailability()
    {
        using var temp = new TempDirectory();
        using var client = Client("unix://" + Path.Combine(temp.Path, "absent.sock"));

        var error = await Assert.ThrowsAsync<ConsulUnavailableException>(() => client.GetLeaderAsync());

        Assert.Equal("/v1/status/leader", error.Endpoint);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task A_refused_tcp_connection_is_a_transient_unavailability_naming_the_address_variable()
    {
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        using var client = Client($"127.0.0.1:{port}");

        var error = await Assert.ThrowsAsync<ConsulUnavailableException>(() => client.GetCatalogServicesAsync());

        Assert.Null(error.StatusCode);
        Assert.Contains("CONSUL_HTTP_ADDR", error.Message);
    }
}
