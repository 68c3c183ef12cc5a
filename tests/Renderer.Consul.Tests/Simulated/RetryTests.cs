using Renderer.ConsulSimulator.Faults;

namespace Renderer.Consul.Tests.Simulated;

/// <summary>Transient answers from the agent are retried on the client's backoff schedule (fake clock).</summary>
public sealed class RetryTests
{
    private const string NodesPath = "/v1/catalog/nodes";

    [Fact]
    public async Task A_429_without_retry_after_is_retried_with_exponential_backoff()
    {
        await using var harness = await SimulatedClient.StartAsync();
        harness.Simulator.Faults.Add(Fault.TooManyRequests(), NodesPath, times: 3);

        var nodes = await harness.RunAsync(harness.Client.GetCatalogNodesAsync());

        Assert.Equal([0.5, 1, 2], harness.Wire.Gaps().Select(g => g.TotalSeconds));
        Assert.Equal(4, harness.Simulator.Counters.RequestsUnder(NodesPath));
        Assert.Contains(nodes.Value, n => n.Name == "consul-sim");
    }

    [Fact]
    public async Task A_429_with_retry_after_is_retried_after_exactly_that_long()
    {
        await using var harness = await SimulatedClient.StartAsync();
        harness.Simulator.Faults.Add(Fault.TooManyRequests(TimeSpan.FromSeconds(7), "rate limit exceeded, try again later"), NodesPath, times: 1);

        await harness.RunAsync(harness.Client.GetCatalogNodesAsync());

        Assert.Equal([TimeSpan.FromSeconds(7)], harness.Wire.Gaps());
    }

    [Theory]
    [InlineData(500, "No cluster leader")]
    [InlineData(503, "rate limit exceeded for operation that can only be performed by the leader, try again later")]
    public async Task A_server_error_is_retried_with_backoff_until_the_agent_answers(int status, string body)
    {
        await using var harness = await SimulatedClient.StartAsync();
        harness.Simulator.Faults.Add(Fault.Status(status, body), NodesPath, times: 2);

        var nodes = await harness.RunAsync(harness.Client.GetCatalogNodesAsync());

        Assert.Equal([0.5, 1], harness.Wire.Gaps().Select(g => g.TotalSeconds));
        Assert.NotEmpty(nodes.Value);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried_like_any_transport_error()
    {
        await using var harness = await SimulatedClient.StartAsync();
        harness.Simulator.Faults.Add(Fault.DropConnection(), NodesPath, times: 1);

        var nodes = await harness.RunAsync(harness.Client.GetCatalogNodesAsync());

        Assert.Equal([TimeSpan.FromMilliseconds(500)], harness.Wire.Gaps());
        Assert.NotEmpty(nodes.Value);
    }
}
