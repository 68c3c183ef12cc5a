using Renderer.Consul.Blocking;
using Renderer.Consul.Exceptions;
using Renderer.Consul.Tests.Support;
using Xunit.Abstractions;

namespace Renderer.Consul.Tests.Blocking;

/// <summary>The client-side blocking rules of spec §1.4, one per test.</summary>
public sealed class BlockingQueryTests(ITestOutputHelper output)
{
    private readonly TestClock _clock = new();

    // The rate limit is off unless a test is about it: back-to-back reads would otherwise wait on the fake clock.
    private static readonly BlockingQueryOptions Unlimited = new() { RateLimitInterval = TimeSpan.Zero };

    private BlockingQuery<string> Query(ScriptedFetch fetch, IEqualityComparer<string>? comparer = null, BlockingQueryOptions? options = null) =>
        new("test", fetch.FetchAsync, options ?? Unlimited, comparer, _clock);

    [Fact]
    public async Task The_first_read_does_not_block_and_the_next_sends_the_last_index_with_the_wait()
    {
        var fetch = new ScriptedFetch(_clock, (5, "a"), (6, "b"));
        var query = Query(fetch);

        var first = await query.NextAsync();
        await query.NextAsync();

        Assert.Equal(IndexChange.Initial, first.Change);
        Assert.True(first.ValueChanged);
        Assert.Equal((0UL, (TimeSpan?)null), (fetch.Calls[0].Options.WaitIndex, fetch.Calls[0].Options.WaitTime));
        Assert.Equal((5UL, (TimeSpan?)TimeSpan.FromMinutes(5)), (fetch.Calls[1].Options.WaitIndex, fetch.Calls[1].Options.WaitTime));
    }

    [Fact]
    public async Task The_base_query_options_are_kept_on_every_read()
    {
        var fetch = new ScriptedFetch(_clock, (5, "a"), (6, "b"));
        var options = new BlockingQueryOptions
        {
            Query = new QueryOptions { Datacenter = "dc2", Consistency = ConsistencyMode.Stale },
            WaitTime = TimeSpan.FromSeconds(60),
            RateLimitInterval = TimeSpan.Zero,
        };
        var query = Query(fetch, options: options);

        await query.NextAsync();
        await query.NextAsync();

        Assert.All(fetch.Calls, c => Assert.Equal(("dc2", ConsistencyMode.Stale), (c.Options.Datacenter, c.Options.Consistency)));
        Assert.Equal(TimeSpan.FromSeconds(60), fetch.Calls[1].Options.WaitTime);
    }

    [Fact]
    public async Task The_same_index_means_nothing_changed_even_if_the_value_differs()
    {
        var fetch = new ScriptedFetch(_clock, (5, "a"), (5, "b"));
        var query = Query(fetch);
        await query.NextAsync();

        var second = await query.NextAsync();

        Assert.Equal(IndexChange.Unchanged, second.Change);
        Assert.False(second.ValueChanged);
        Assert.Equal(5UL, query.WaitIndex);
    }

    [Fact]
    public async Task Without_a_comparer_a_higher_index_counts_as_a_change()
    {
        var fetch = new ScriptedFetch(_clock, (5, "a"), (6, "a"));
        var query = Query(fetch);
        await query.NextAsync();

        var second = await query.NextAsync();

        Assert.Equal(IndexChange.Advanced, second.Change);
        Assert.True(second.ValueChanged);
        Assert.Equal(5UL, second.PreviousIndex);
    }

    [Fact]
    public async Task With_a_comparer_a_higher_index_with_equal_content_is_not_a_change()
    {
        var fetch = new ScriptedFetch(_clock, (5, "a"), (6, "a"), (7, "b"));
        var query = Query(fetch, StringComparer.Ordinal);
        await query.NextAsync();

        var same = await query.NextAsync();
        var changed = await query.NextAsync();

        Assert.Equal((IndexChange.Advanced, false), (same.Change, same.ValueChanged));
        Assert.Equal((IndexChange.Advanced, true), (changed.Change, changed.ValueChanged));
    }

    [Fact]
    public async Task An_index_that_goes_backwards_resets_to_zero_so_the_next_read_does_not_block()
    {
        var fetch = new ScriptedFetch(_clock, (100, "a"), (50, "b"), (50, "b"), (51, "c"));
        var query = Query(fetch);
        await query.NextAsync();

        var reset = await query.NextAsync();
        var refetch = await query.NextAsync();
        await query.NextAsync();

        Assert.Equal(IndexChange.WentBackwards, reset.Change);
        Assert.True(reset.ValueChanged);
        Assert.Equal(0UL, fetch.Calls[2].Options.WaitIndex);
        Assert.Null(fetch.Calls[2].Options.WaitTime);
        Assert.Equal(IndexChange.Unchanged, refetch.Change);
        Assert.Equal(50UL, fetch.Calls[3].Options.WaitIndex);
    }

    [Fact]
    public async Task An_index_of_zero_from_a_misbehaving_server_is_never_used_for_blocking()
    {
        var fetch = new ScriptedFetch(_clock, (0, "a"), (0, "a"), (0, "a"));
        var query = Query(fetch);

        await query.NextAsync();
        var second = await query.NextAsync();
        await query.NextAsync();

        Assert.Equal([0UL, 1UL, 1UL], fetch.Calls.Select(c => c.Options.WaitIndex));
        Assert.Equal(IndexChange.Unchanged, second.Change);
    }

    [Fact]
    public async Task A_failed_read_leaves_the_index_untouched()
    {
        var calls = 0;
        var query = new BlockingQuery<string>(
            "test",
            (options, _) => ++calls == 2
                ? throw new ConsulAclException("/v1/kv/x", "ACL not found")
                : Task.FromResult(new QueryResult<string>("v", new QueryMeta { LastIndex = 9 })),
            Unlimited,
            timeProvider: _clock);
        await query.NextAsync();

        await Assert.ThrowsAsync<ConsulAclException>(() => query.NextAsync());
        var third = await query.NextAsync();

        Assert.Equal(9UL, query.WaitIndex);
        Assert.Equal(IndexChange.Unchanged, third.Change);
    }

    [Fact]
    public async Task NextChangeAsync_skips_answers_that_changed_nothing()
    {
        var fetch = new ScriptedFetch(_clock, (5, "a"), (5, "a"), (5, "a"), (6, "b"));
        var query = new BlockingQuery<string>(
            "test", fetch.FetchAsync, Unlimited, timeProvider: _clock);
        await query.NextChangeAsync();

        var change = await query.NextChangeAsync();

        Assert.Equal("b", change.Value);
        Assert.Equal(4, fetch.Calls.Count);
    }

    [Fact]
    public async Task Reads_of_one_query_cannot_overlap()
    {
        var gate = new TaskCompletionSource<QueryResult<string>>();
        var query = new BlockingQuery<string>("test", (_, _) => gate.Task, timeProvider: _clock);

        var first = query.NextAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => query.NextAsync());
        Assert.Contains("'test'", error.Message);
        gate.SetResult(new QueryResult<string>("v", new QueryMeta { LastIndex = 1 }));
        await first;
    }

    [Fact]
    public void Invalid_options_are_refused_when_the_query_is_created()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => new BlockingQuery<string>("q", (_, _) => null!, new BlockingQueryOptions { RateLimitBurst = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => new BlockingQuery<string>("q", (_, _) => null!, new BlockingQueryOptions { WaitTime = TimeSpan.Zero }));
    }

    [Fact]
    public async Task Churn_degrades_to_one_read_per_rate_limit_interval()
    {
        var fetch = new ScriptedFetch(_clock);
        var query = Query(fetch, options: BlockingQueryOptions.Default);
        using var stop = new CancellationTokenSource();

        var loop = ReadForeverAsync(query, stop.Token);
        _clock.Run(TimeSpan.FromSeconds(60));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loop);

        var times = fetch.Calls.Select(c => c.At.TotalSeconds).ToList();
        output.WriteLine($"{times.Count} reads in 60 s of churn at: {string.Join(", ", times)}");
        Assert.Equal([0, 0, 15, 30, 45, 60], times);
    }

    [Fact]
    public async Task Long_polls_that_return_after_minutes_are_never_held_back_by_the_rate_limit()
    {
        var calls = new List<TimeSpan>();
        var query = new BlockingQuery<string>(
            "test",
            async (options, token) =>
            {
                calls.Add(_clock.Elapsed);
                if (options.WaitIndex > 0)
                {
                    await Task.Delay(TimeSpan.FromMinutes(5), _clock, token).ConfigureAwait(false);
                }

                return new QueryResult<string>("v", new QueryMeta { LastIndex = (ulong)calls.Count });
            },
            timeProvider: _clock);
        using var stop = new CancellationTokenSource();

        var loop = ReadForeverAsync(query, stop.Token);
        _clock.Run(TimeSpan.FromMinutes(16));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loop);

        Assert.Equal([0, 0, 5, 10, 15], calls.Select(c => c.TotalMinutes));
    }

    private static async Task ReadForeverAsync(BlockingQuery<string> query, CancellationToken cancellationToken)
    {
        while (true)
        {
            // ConfigureAwait(false) keeps the loop on the clock's thread, so each Run drives it synchronously.
            await query.NextAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
