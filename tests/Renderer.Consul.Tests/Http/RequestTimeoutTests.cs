using Renderer.Consul.Tests.Support;

namespace Renderer.Consul.Tests.Http;

/// <summary>Per-attempt time-outs run on the TimeProvider and cover the server's wait plus jitter (spec §1.4 rule 7).</summary>
public sealed class RequestTimeoutTests
{
    private static (ClientHarness Harness, List<DateTimeOffset> CancelledAt) HangingFirstRequest(
        ConsulClientOptions? options = null, string body = "[]")
    {
        var cancelledAt = new List<DateTimeOffset>();
        ClientHarness? harness = null;
        harness = new ClientHarness(
            (r, token) => r.Number == 1
                ? Respond.Never(token, () => cancelledAt.Add(harness!.Clock.GetUtcNow()))
                : Task.FromResult(Respond.Json(body, index: 11)),
            options);
        return (harness, cancelledAt);
    }

    [Fact]
    public async Task A_blocking_read_is_given_up_only_after_wait_plus_a_sixteenth_plus_the_slack()
    {
        var (harness, cancelledAt) = HangingFirstRequest();
        using var owned = harness;
        var expected = TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(18.75) + TimeSpan.FromSeconds(15);

        var read = harness.Client.GetHealthServiceAsync(
            "web", options: new QueryOptions { WaitIndex = 10, WaitTime = TimeSpan.FromMinutes(5) });
        harness.Clock.Run(expected - TimeSpan.FromMilliseconds(1));
        Assert.Empty(cancelledAt);
        harness.Clock.Run(TimeSpan.FromMilliseconds(1));

        Assert.Equal([expected], cancelledAt.Select(harness.Clock.Since));
        harness.Clock.Run(TimeSpan.FromSeconds(1));
        Assert.Equal(11UL, (await read).Meta.LastIndex);
        Assert.Equal(2, harness.Requests.Count);
    }

    [Fact]
    public async Task A_blocking_read_without_a_wait_is_covered_for_consuls_five_minute_default()
    {
        var (harness, cancelledAt) = HangingFirstRequest(body: "{}");
        using var owned = harness;

        var read = harness.Client.GetCatalogServicesAsync(new QueryOptions { WaitIndex = 10 });
        harness.Clock.Run(TimeSpan.FromMinutes(6));
        await read;

        Assert.Equal([TimeSpan.FromSeconds(300 + 18.75 + 15)], cancelledAt.Select(harness.Clock.Since));
    }

    [Fact]
    public async Task A_read_that_does_not_block_times_out_after_the_request_timeout_and_is_retried()
    {
        var options = ClientHarness.DefaultOptions with { RequestTimeout = TimeSpan.FromSeconds(20) };
        var (harness, cancelledAt) = HangingFirstRequest(options);
        using var owned = harness;

        var read = harness.Client.GetCatalogNodesAsync();
        harness.Clock.Run(TimeSpan.FromSeconds(21));

        Assert.Equal([TimeSpan.FromSeconds(20)], cancelledAt.Select(harness.Clock.Since));
        Assert.Equal(11UL, (await read).Meta.LastIndex);
        Assert.Contains(harness.Logs.Entries, e => $"{e.Values.GetValueOrDefault("Reason")}" == "no answer within 00:00:20");
    }

    [Theory]
    [InlineData(1, 1 + (1.0 / 16))]
    [InlineData(300, 318.75)]
    [InlineData(600, 637.5)]
    [InlineData(3600, 637.5)]
    public void The_longest_answer_is_the_clamped_wait_plus_a_sixteenth(double waitSeconds, double longestSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(longestSeconds), ConsulWait.LongestAnswer(TimeSpan.FromSeconds(waitSeconds)));
    }

    [Fact]
    public void A_missing_or_non_positive_wait_is_consuls_five_minute_default()
    {
        Assert.Equal(TimeSpan.FromMinutes(5), ConsulWait.Effective(null));
        Assert.Equal(TimeSpan.FromMinutes(5), ConsulWait.Effective(TimeSpan.Zero));
    }
}
