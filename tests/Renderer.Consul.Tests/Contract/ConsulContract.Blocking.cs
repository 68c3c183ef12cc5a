using Renderer.Consul.Blocking;
using Renderer.Consul.Models;

namespace Renderer.Consul.Tests.Contract;

/// <content>Blocking queries (spec §1.2, §5): what wakes a watch, what does not, and what a time-out looks like.</content>
public sealed partial class ConsulContract
{
    // Long enough that only a change can end the wait within a test; short where a test waits for the time-out.
    private static readonly TimeSpan UntilChanged = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ShortWait = TimeSpan.FromSeconds(1);

    public async Task A_blocking_query_wakes_when_its_service_gets_an_instance()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        var web = data.Name("web");
        await data.RegisterAsync(new TestInstance(data.Name("node-1"), web) { Id = web + "-1" }, deadline.Token);
        using var client = CreateClient();
        var query = HealthWatch(client, web, passingOnly: false, UntilChanged);
        var first = await query.NextAsync(deadline.Token);

        var next = query.NextAsync(deadline.Token);
        await target.WhenQueryParkedAsync(next, deadline.Token);
        await data.RegisterAsync(new TestInstance(data.Name("node-2"), web) { Id = web + "-2" }, deadline.Token);
        var woken = await next;

        Assert.Equal(IndexChange.Advanced, woken.Change);
        Assert.True(woken.ValueChanged);
        Assert.True(woken.Meta.LastIndex > first.Meta.LastIndex);
        Assert.Equal([web + "-1", web + "-2"], woken.Value.Select(e => e.Service.Id).Order(StringComparer.Ordinal));
    }

    public async Task A_passing_only_watch_wakes_when_a_check_fails_and_drops_that_instance()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        var web = data.Name("web");
        await data.RegisterAsync(new TestInstance(data.Name("node-1"), web) { Id = web + "-1" }, deadline.Token);
        var second = await data.RegisterAsync(new TestInstance(data.Name("node-2"), web) { Id = web + "-2" }, deadline.Token);
        using var client = CreateClient();
        var query = HealthWatch(client, web, passingOnly: true, UntilChanged);
        Assert.Equal(2, (await query.NextAsync(deadline.Token)).Value.Count);

        var next = query.NextAsync(deadline.Token);
        await target.WhenQueryParkedAsync(next, deadline.Token);
        await data.SetServiceCheckAsync(second, Critical, deadline.Token);
        var woken = await next;

        Assert.Equal(IndexChange.Advanced, woken.Change);
        Assert.Equal([web + "-1"], woken.Value.Select(e => e.Service.Id));
    }

    public async Task A_blocking_query_is_not_woken_by_a_change_to_another_service()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        var web = data.Name("web");
        var other = data.Name("other");
        await data.RegisterAsync(new TestInstance(data.Name("node-1"), web) { Id = web + "-1" }, deadline.Token);
        using var client = CreateClient();
        var query = HealthWatch(client, web, passingOnly: false, ShortWait);
        var first = await query.NextAsync(deadline.Token);

        var next = query.NextAsync(deadline.Token);
        await target.WhenQueryParkedAsync(next, deadline.Token);
        await data.RegisterAsync(new TestInstance(data.Name("node-2"), other), deadline.Token);
        var answer = await next;

        Assert.Equal((IndexChange.Unchanged, false), (answer.Change, answer.ValueChanged));
        Assert.Equal(first.Meta.LastIndex, answer.Meta.LastIndex);

        // The other write really happened after the watched index, so a table-wide index would have woken the watch.
        var services = await client.GetCatalogServicesAsync(cancellationToken: deadline.Token);
        Assert.Contains(other, services.Value.Keys);
        Assert.True(services.Meta.LastIndex > first.Meta.LastIndex);
    }

    public async Task A_blocking_query_that_times_out_returns_the_same_index_as_unchanged()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        var web = data.Name("web");
        await data.RegisterAsync(new TestInstance(data.Name("node-1"), web) { Id = web + "-1" }, deadline.Token);
        using var client = CreateClient();
        var query = HealthWatch(client, web, passingOnly: false, ShortWait);
        var first = await query.NextAsync(deadline.Token);

        var timedOut = await query.NextAsync(deadline.Token);

        Assert.Equal((IndexChange.Unchanged, false), (timedOut.Change, timedOut.ValueChanged));
        Assert.Equal(first.Meta.LastIndex, timedOut.Meta.LastIndex);
        Assert.Equal([web + "-1"], timedOut.Value.Select(e => e.Service.Id));
        Assert.Equal(first.Meta.LastIndex, query.WaitIndex);
    }

    public async Task A_missing_key_can_be_watched_until_it_appears()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        var key = data.Key("feature/flag");
        using var client = CreateClient();
        var query = client.CreateBlockingQuery(key, (q, ct) => client.GetKeyAsync(key, q, ct), Watch(UntilChanged));
        var first = await query.NextAsync(deadline.Token);
        Assert.Null(first.Value);

        var next = query.NextAsync(deadline.Token);
        await target.WhenQueryParkedAsync(next, deadline.Token);
        await data.PutKeyAsync("feature/flag", "on", deadline.Token);
        var answer = await next;

        // A missing key's index is the whole store's (spec §5), so another writer may wake it before the key exists.
        while (answer.Value is null)
        {
            answer = await query.NextAsync(deadline.Token);
        }

        Assert.Equal("on", answer.Value.GetValueAsString());
        Assert.Equal(answer.Value.ModifyIndex, answer.Meta.LastIndex);
        Assert.True(answer.Meta.LastIndex > first.Meta.LastIndex);
    }

    private static BlockingQuery<IReadOnlyList<ServiceEntry>> HealthWatch(ConsulClient client, string service, bool passingOnly, TimeSpan wait) =>
        client.CreateBlockingQuery(
            "health " + service,
            (q, ct) => client.GetHealthServiceAsync(service, passingOnly, options: q, cancellationToken: ct),
            Watch(wait));
}
