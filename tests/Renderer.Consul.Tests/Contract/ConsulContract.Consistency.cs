namespace Renderer.Consul.Tests.Contract;

/// <content>Consistency modes and agent caching (spec §2): accepted, and reported in the headers.</content>
public sealed partial class ConsulContract
{
    public async Task A_default_read_is_answered_by_the_leader()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        using var client = CreateClient();

        var read = await client.GetHealthServiceAsync(data.Name("web"), cancellationToken: deadline.Token);

        AssertReadMeta(read.Meta, consistency: "leader");
        Assert.Equal(TimeSpan.Zero, read.Meta.LastContact);
        Assert.False(read.Meta.CacheHit);
    }

    public async Task A_stale_read_is_accepted_and_reported_as_stale()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        var web = data.Name("web");
        await data.RegisterAsync(new TestInstance(data.Name("node-1"), web), deadline.Token);
        using var client = CreateClient();

        var read = await client.GetHealthServiceAsync(
            web, options: new QueryOptions { Consistency = ConsistencyMode.Stale }, cancellationToken: deadline.Token);

        Assert.Single(read.Value);
        AssertReadMeta(read.Meta, consistency: "stale");
    }

    public async Task A_consistent_read_is_accepted_and_reported_as_consistent()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        var web = data.Name("web");
        await data.RegisterAsync(new TestInstance(data.Name("node-1"), web), deadline.Token);
        using var client = CreateClient();

        var read = await client.GetCatalogServiceAsync(
            web, options: new QueryOptions { Consistency = ConsistencyMode.Consistent }, cancellationToken: deadline.Token);

        Assert.Single(read.Value);
        AssertReadMeta(read.Meta, consistency: "consistent");
    }

    public async Task A_cached_read_is_accepted_and_its_repeat_is_a_cache_hit()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        var web = data.Name("web");
        await data.RegisterAsync(new TestInstance(data.Name("node-1"), web), deadline.Token);
        using var client = CreateClient();
        var cached = new QueryOptions { UseCache = true };

        var first = await client.GetCatalogServiceAsync(web, options: cached, cancellationToken: deadline.Token);
        var repeat = await client.GetCatalogServiceAsync(web, options: cached, cancellationToken: deadline.Token);

        Assert.Single(first.Value);
        Assert.False(first.Meta.CacheHit);
        Assert.True(repeat.Meta.CacheHit);
        Assert.NotNull(repeat.Meta.CacheAge);
    }
}
