using Renderer.Consul.Blocking;
using Renderer.Consul.Models;
using Renderer.ConsulSimulator.Faults;

namespace Renderer.Consul.Tests.Simulated;

/// <summary>The client's index rules (spec §1.4 rules 2 and 5) against a server whose indexes misbehave.</summary>
public sealed class BlockingIndexTests
{
    private static BlockingQuery<IReadOnlyList<ServiceEntry>> WebWatch(SimulatedClient harness) =>
        harness.Client.CreateBlockingQuery(
            "health web",
            (q, ct) => harness.Client.GetHealthServiceAsync("web", options: q, cancellationToken: ct),
            new BlockingQueryOptions { WaitTime = TimeSpan.FromMilliseconds(250) },
            comparer: null);

    [Fact]
    public async Task After_the_index_goes_backwards_the_next_read_does_not_block()
    {
        await using var harness = await SimulatedClient.StartAsync();
        var index = harness.Simulator.Datacenter.Register(Registrations.Web(1));
        var query = WebWatch(harness);
        await harness.RunAsync(query.NextAsync());

        // A snapshot restore: every index drops below what the watch holds.
        harness.Simulator.Datacenter.ResetIndex(index - 5);
        var backwards = await harness.RunAsync(query.NextAsync());
        var fresh = await harness.RunAsync(query.NextAsync());

        Assert.Equal(IndexChange.WentBackwards, backwards.Change);
        Assert.True(backwards.Meta.LastIndex < index);
        Assert.Equal([null, index.ToString(), null], harness.Wire.Requests.Select(r => r.Index));
        Assert.Equal((IndexChange.Unchanged, backwards.Meta.LastIndex), (fresh.Change, fresh.Meta.LastIndex));
        Assert.Equal(backwards.Meta.LastIndex, query.WaitIndex);
    }

    [Fact]
    public async Task An_index_of_0_from_a_misbehaving_server_is_never_sent_back_1_is()
    {
        await using var harness = await SimulatedClient.StartAsync();
        var index = harness.Simulator.Datacenter.Register(Registrations.Web(1));
        harness.Simulator.Faults.Add(Fault.Index(0), "/v1/health/service/web", times: 1);
        var query = WebWatch(harness);

        var zero = await harness.RunAsync(query.NextAsync());
        var next = await harness.RunAsync(query.NextAsync());

        Assert.Equal(0UL, zero.Meta.LastIndex);
        Assert.Equal([null, "1"], harness.Wire.Requests.Select(r => r.Index));
        Assert.Equal("250ms", harness.Wire.Requests[1].Wait);

        // The server's real index is above 1, so the read with index=1 answered at once with it.
        Assert.Equal((IndexChange.Advanced, index), (next.Change, next.Meta.LastIndex));
    }

    [Fact]
    public async Task A_churning_watch_is_held_to_the_rate_limit_between_reads()
    {
        await using var harness = await SimulatedClient.StartAsync();
        harness.Simulator.Datacenter.Register(Registrations.Web(1));
        var query = WebWatch(harness);

        for (var i = 0; i < 4; i++)
        {
            // Every read finds a newer index, as when the service flaps.
            harness.Simulator.Datacenter.TouchIndex("service.web");
            await harness.RunAsync(query.NextAsync());
        }

        // Burst 2, then one token per 15 s (spec §1.4 rule 6).
        Assert.Equal([0, 0, 15, 30], harness.Wire.Requests.Select(r => harness.Clock.Since(r.At).TotalSeconds));
    }
}
