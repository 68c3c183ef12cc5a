using Renderer.Consul.Blocking;
using Renderer.Consul.Models;
using Xunit.Abstractions;

namespace Renderer.Consul.Tests.Simulated;

/// <summary>
/// The agent dies in the middle of a watch and comes back: the watch recovers by itself, on the backoff schedule,
/// and sees what changed meanwhile. Backoff runs on the fake clock; the simulator and sockets are real.
/// </summary>
public sealed class OutageTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_watch_recovers_by_itself_after_a_30_second_outage_without_a_request_storm_and_sees_the_new_data()
    {
        // Jitter near its maximum gives the shortest delays, hence the most requests an outage can cost.
        var retry = new ConsulRetryOptions { Randomizer = () => 0.999 };
        await using var harness = await SimulatedClient.StartAsync(client: new ConsulClientOptions { Retry = retry });
        var simulator = harness.Simulator;
        simulator.Datacenter.Register(Registrations.Web(1));
        var watch = harness.Client.CreateBlockingQuery(
            "health web",
            (q, ct) => harness.Client.GetHealthServiceAsync("web", options: q, cancellationToken: ct),
            new BlockingQueryOptions { WaitTime = TimeSpan.FromMinutes(1) });
        await harness.RunAsync(watch.NextAsync());
        var parked = watch.NextAsync();
        await harness.WaitForAsync(() => simulator.Counters.BlockingQueriesInFlight == 1, "the watch to park on the agent");

        // The agent dies under the parked query; an instance is registered while it is down.
        var sentBefore = harness.Wire.Requests.Count;
        var down = harness.Clock.GetUtcNow();
        await simulator.StopAsync();
        simulator.Datacenter.Register(Registrations.Web(2));
        var finished = await harness.StepUntilAsync(() => parked.IsCompleted, notAfter: down + Outage);

        var duringOutage = harness.Wire.Requests.Skip(sentBefore).ToList();
        Assert.False(finished, "the watch waits for the agent instead of failing");
        await simulator.RestartAsync();
        var recovered = await harness.RunAsync(parked);

        var bound = BackoffSchedule.MaxRetriesWithin(Outage, retry);
        var back = harness.Wire.Requests[^1].At - down;
        output.WriteLine($"Requests during a {Outage.TotalSeconds} s outage (fake clock): {duringOutage.Count}; " +
                         $"bound from the backoff schedule (base {retry.BaseDelay.TotalMilliseconds} ms, cap {retry.MaxDelay.TotalSeconds} s, " +
                         $"jitter {retry.JitterRatio:P0}): {bound}");
        output.WriteLine("Sent at (s after the agent died): " + string.Join(", ", duringOutage.Select(r => (r.At - down).TotalSeconds.ToString("0.###"))));
        output.WriteLine($"Recovered with the request sent {back.TotalSeconds:0.###} s after the agent died.");

        Assert.InRange(duringOutage.Count, 3, bound);
        Assert.All(duringOutage, r => Assert.Equal(harness.Wire.Requests[sentBefore - 1].Index, r.Index));
        Assert.InRange(back, Outage, Outage + retry.MaxDelay);
        Assert.Equal((IndexChange.Advanced, true), (recovered.Change, recovered.ValueChanged));
        Assert.Equal(["web-1", "web-2"], recovered.Value.Select(e => e.Service.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_watch_sees_data_written_after_the_agent_came_back()
    {
        await using var harness = await SimulatedClient.StartAsync();
        var simulator = harness.Simulator;
        simulator.Datacenter.Register(Registrations.Web(1));
        var watch = harness.Client.CreateBlockingQuery(
            "health web",
            (q, ct) => harness.Client.GetHealthServiceAsync("web", options: q, cancellationToken: ct),
            new BlockingQueryOptions { WaitTime = TimeSpan.FromMinutes(1) });
        await harness.RunAsync(watch.NextAsync());
        var parked = watch.NextAsync();
        await harness.WaitForAsync(() => simulator.Counters.BlockingQueriesInFlight == 1, "the watch to park on the agent");

        await simulator.RestartAsync();

        // Parked again on the restarted agent, with the same index: the change wakes it as before the outage.
        Assert.True(await harness.StepUntilAsync(() => simulator.Counters.BlockingQueriesInFlight == 1));
        simulator.Datacenter.Register(Registrations.Web(2));
        var woken = await harness.RunAsync(parked);

        Assert.Equal(["web-1", "web-2"], woken.Value.Select(e => e.Service.Id).Order(StringComparer.Ordinal));
        Assert.Equal(IndexChange.Advanced, woken.Change);
    }
}
