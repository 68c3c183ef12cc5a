using System.Net;
using Microsoft.Extensions.Time.Testing;
using Renderer.ConsulSimulator.Tests.Support;

namespace Renderer.ConsulSimulator.Tests.Http;

/// <summary>The <c>wait</c> rules of spec §1.1 on a fake clock: default, cap, jitter bound, parse errors.</summary>
public sealed class WaitTimeTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);

    [Fact]
    public async Task Without_wait_a_blocking_query_waits_the_default_five_minutes()
    {
        var clock = new FakeTimeProvider();
        await using var harness = await Harness.StartAsync(new SimulatorOptions { TimeProvider = clock, JitterEnabled = false });
        var pending = BlockOnNodes(harness, "");
        await harness.WaitForBlockedAsync(1);

        await AssertReleasedAfter(clock, pending, TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task A_wait_above_the_maximum_is_clamped_to_ten_minutes()
    {
        var clock = new FakeTimeProvider();
        await using var harness = await Harness.StartAsync(new SimulatorOptions { TimeProvider = clock, JitterEnabled = false });
        var pending = BlockOnNodes(harness, "&wait=1h");
        await harness.WaitForBlockedAsync(1);

        await AssertReleasedAfter(clock, pending, TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task A_zero_wait_means_the_default()
    {
        var clock = new FakeTimeProvider();
        await using var harness = await Harness.StartAsync(new SimulatorOptions { TimeProvider = clock, JitterEnabled = false });
        var pending = BlockOnNodes(harness, "&wait=0");
        await harness.WaitForBlockedAsync(1);

        await AssertReleasedAfter(clock, pending, TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task Go_duration_syntax_is_accepted_for_wait()
    {
        var clock = new FakeTimeProvider();
        await using var harness = await Harness.StartAsync(new SimulatorOptions { TimeProvider = clock, JitterEnabled = false });
        var pending = BlockOnNodes(harness, "&wait=1m30s");
        await harness.WaitForBlockedAsync(1);

        await AssertReleasedAfter(clock, pending, TimeSpan.FromSeconds(90));
    }

    [Fact]
    public async Task Jitter_adds_at_most_a_sixteenth_of_the_wait()
    {
        var clock = new FakeTimeProvider();
        var options = new SimulatorOptions { TimeProvider = clock, JitterSample = () => 0.999999 };
        await using var harness = await Harness.StartAsync(options);
        var pending = BlockOnNodes(harness, "&wait=160s");
        await harness.WaitForBlockedAsync(1);

        clock.Advance(TimeSpan.FromSeconds(160) + TimeSpan.FromSeconds(9.99));
        await Task.Delay(50);
        Assert.False(pending.IsCompleted, "jitter near its maximum must keep the query blocked past the wait");
        clock.Advance(TimeSpan.FromSeconds(0.01));
        Assert.Equal(HttpStatusCode.OK, (await pending).Status);
    }

    [Fact]
    public async Task Without_jitter_the_query_returns_exactly_at_the_wait()
    {
        var clock = new FakeTimeProvider();
        await using var harness = await Harness.StartAsync(new SimulatorOptions { TimeProvider = clock, JitterSample = () => 0 });
        var pending = BlockOnNodes(harness, "&wait=16s");
        await harness.WaitForBlockedAsync(1);

        await AssertReleasedAfter(clock, pending, TimeSpan.FromSeconds(16));
    }

    [Theory]
    [InlineData("wait=60", "Invalid wait time")]
    [InlineData("wait=5x", "Invalid wait time")]
    [InlineData("index=abc", "Invalid index")]
    [InlineData("index=-1", "Invalid index")]
    public async Task Bad_wait_or_index_values_are_a_400_with_Consuls_message(string query, string message)
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.GetAsync("/v1/health/service/web?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(message, reply.Body);
    }

    private static Task<Reply> BlockOnNodes(Harness harness, string waitQuery) =>
        harness.GetAsync($"/v1/catalog/nodes?index=1000000{waitQuery}");

    private static async Task AssertReleasedAfter(FakeTimeProvider clock, Task<Reply> pending, TimeSpan wait)
    {
        clock.Advance(wait - Tick);
        await Task.Delay(50);
        Assert.False(pending.IsCompleted, $"the query must still be blocked just before {wait}");
        clock.Advance(Tick);
        Assert.Equal(HttpStatusCode.OK, (await pending).Status);
    }
}
