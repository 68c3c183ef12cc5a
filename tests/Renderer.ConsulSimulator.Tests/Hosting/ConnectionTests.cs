using System.Net;
using System.Net.Sockets;
using System.Text;
using Renderer.ConsulSimulator.Tests.Support;

namespace Renderer.ConsulSimulator.Tests.Hosting;

/// <summary>Connection and request counting, and the per-client connection limit of spec §11.</summary>
public sealed class ConnectionTests
{
    [Fact]
    public async Task Open_and_peak_connections_follow_the_clients_sockets()
    {
        await using var harness = await Harness.StartAsync();
        var sockets = new List<TcpClient>();
        for (var i = 0; i < 3; i++)
        {
            var socket = new TcpClient();
            await socket.ConnectAsync(IPAddress.Loopback, harness.Simulator.Address.Port);
            sockets.Add(socket);
        }

        await Harness.WaitUntilAsync(() => harness.Simulator.OpenConnections == 3, "three open connections");
        sockets.ForEach(s => s.Dispose());
        await Harness.WaitUntilAsync(() => harness.Simulator.OpenConnections == 0, "all connections closed");

        Assert.Equal(3, harness.Simulator.PeakOpenConnections);
        Assert.Equal(3, harness.Simulator.Counters.TotalConnections);
    }

    [Fact]
    public async Task Each_in_flight_long_poll_holds_its_own_connection()
    {
        await using var harness = await Harness.StartAsync(Harness.FastOptions with { MaxWait = TimeSpan.FromSeconds(10) });
        var index = (await harness.GetAsync("/v1/catalog/nodes")).Index;
        var polls = Enumerable.Range(0, 4).Select(_ => harness.GetAsync($"/v1/catalog/nodes?index={index}&wait=10s")).ToList();
        await harness.WaitForBlockedAsync(4);

        Assert.Equal(4, harness.Simulator.OpenConnections);
        harness.Datacenter.TouchIndex("nodes");
        Assert.All(await Task.WhenAll(polls), reply => Assert.True(reply.Index > index));
    }

    [Fact]
    public async Task Requests_are_counted_in_total_and_per_path()
    {
        await using var harness = await Harness.StartAsync();

        await harness.GetAsync("/v1/health/service/web");
        await harness.GetAsync("/v1/health/service/web?passing");
        await harness.GetAsync("/v1/kv/a");

        Assert.Equal(3, harness.Simulator.TotalRequests);
        Assert.Equal(2, harness.Simulator.Counters.RequestsByPath["/v1/health/service/web"]);
        Assert.Equal(2, harness.Simulator.Counters.RequestsUnder("/v1/health/"));
    }

    [Fact]
    public async Task The_connection_over_the_per_client_limit_gets_a_raw_429_and_is_closed()
    {
        await using var harness = await Harness.StartAsync(Harness.FastOptions with { MaxConnectionsPerClient = 2 });
        using var first = new TcpClient();
        using var second = new TcpClient();
        await first.ConnectAsync(IPAddress.Loopback, harness.Simulator.Address.Port);
        await second.ConnectAsync(IPAddress.Loopback, harness.Simulator.Address.Port);
        await Harness.WaitUntilAsync(() => harness.Simulator.OpenConnections == 2, "two open connections");

        using var third = new TcpClient();
        await third.ConnectAsync(IPAddress.Loopback, harness.Simulator.Address.Port);
        var stream = third.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("GET /v1/status/leader HTTP/1.1\r\nHost: localhost\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(5));

        Assert.StartsWith("HTTP/1.1 429 Too Many Requests\r\n", response);
        Assert.EndsWith("\r\n\r\nYour IP is issuing too many concurrent connections, please rate limit your calls\n", response);
        Assert.Equal(1, harness.Simulator.Counters.RejectedConnections);
    }

    [Fact]
    public async Task Existing_connections_keep_working_while_a_new_one_is_refused()
    {
        await using var harness = await Harness.StartAsync(Harness.FastOptions with { MaxConnectionsPerClient = 1 });
        Assert.Equal(HttpStatusCode.OK, (await harness.GetAsync("/v1/status/leader")).Status);

        using var extra = new HttpClient { BaseAddress = harness.Simulator.Address };
        using var refused = await extra.GetAsync("/v1/status/leader");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await harness.GetAsync("/v1/status/leader")).Status);
    }
}
