using System.Net;
using Renderer.Consul.Blocking;
using Renderer.Consul.Tests.Support;

namespace Renderer.Consul.Tests.Blocking;

/// <summary>A blocking query composed with the client, on the wire.</summary>
public sealed class BlockingQueryClientTests
{
    [Fact]
    public async Task A_missing_kv_key_is_watched_on_its_index_until_it_appears()
    {
        using var harness = new ClientHarness(r => r.Number == 1
            ? Respond.Text(HttpStatusCode.NotFound, "", index: 10)
            : Respond.Json("""[{"Key":"app/flag","Value":"b24=","CreateIndex":11,"ModifyIndex":11}]""", index: 11));
        var query = harness.Client.CreateBlockingQuery("key app/flag", (q, ct) => harness.Client.GetKeyAsync("app/flag", q, ct));

        var missing = await query.NextAsync();
        var appeared = await query.NextAsync();

        Assert.Null(missing.Value);
        Assert.Equal(10UL, missing.Meta.LastIndex);
        Assert.Equal("/v1/kv/app/flag?index=10&wait=300000ms", harness.Requests[1].PathAndQuery);
        Assert.Equal(IndexChange.Advanced, appeared.Change);
        Assert.Equal("on", appeared.Value?.GetValueAsString());
    }

    [Fact]
    public async Task A_server_that_sends_index_zero_is_asked_with_index_one_next()
    {
        using var harness = new ClientHarness(_ => Respond.Json("[]", index: 0));
        var query = harness.Client.CreateBlockingQuery(
            "service web", (q, ct) => harness.Client.GetHealthServiceAsync("web", options: q, cancellationToken: ct));

        await query.NextAsync();
        await query.NextAsync();

        Assert.Equal("/v1/health/service/web", harness.Requests[0].PathAndQuery);
        Assert.Equal("1", harness.Requests[1].Query("index"));
    }

    [Fact]
    public async Task A_backwards_index_is_logged_with_the_query_name_and_both_indexes()
    {
        using var harness = new ClientHarness(r => Respond.Json("[]", index: r.Number == 1 ? 500UL : 20UL));
        var query = harness.Client.CreateBlockingQuery(
            "service web",
            (q, ct) => harness.Client.GetHealthServiceAsync("web", options: q, cancellationToken: ct),
            new BlockingQueryOptions { RateLimitInterval = TimeSpan.Zero });

        await query.NextAsync();
        await query.NextAsync();
        await query.NextAsync();

        var entry = Assert.Single(harness.Logs.Entries, e => e.Message.Contains("went backwards", StringComparison.Ordinal));
        Assert.Equal(("service web", 500UL, 20UL), (entry.Values["Query"], entry.Values["PreviousIndex"], entry.Values["Index"]));
        Assert.False(harness.Requests[2].HasQuery("index"));
    }
}
