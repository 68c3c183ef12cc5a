using System.Net;
using Renderer.ConsulSimulator.Tests.Support;

namespace Renderer.ConsulSimulator.Tests.Http;

/// <summary>Spec §5 for the KV store: per-key and per-prefix indexes, and a missing key that can be watched.</summary>
public sealed class KvIndexTests
{
    [Fact]
    public async Task A_missing_key_is_a_404_with_an_index_and_can_be_watched_until_it_appears()
    {
        await using var harness = await Harness.StartAsync(Harness.FastOptions with { MaxWait = TimeSpan.FromSeconds(20) });
        harness.Datacenter.PutKey("other", "x");
        var missing = await harness.GetAsync("/v1/kv/app/config");
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal(string.Empty, missing.Body);

        var pending = harness.GetAsync($"/v1/kv/app/config?index={missing.Index}&wait=20s");
        await harness.WaitForBlockedAsync(1);
        var written = harness.Datacenter.PutKey("app/config", "hello");
        var reply = await pending;

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(written, reply.Index);
        Assert.Equal("aGVsbG8=", reply.Json[0].GetProperty("Value").GetString());
    }

    [Fact]
    public async Task An_existing_key_reports_its_own_modify_index_not_the_store_maximum()
    {
        await using var harness = await Harness.StartAsync();
        var written = harness.Datacenter.PutKey("a", "1");
        harness.Datacenter.PutKey("b", "2");

        var reply = await harness.GetAsync("/v1/kv/a");

        Assert.Equal(written, reply.Index);
    }

    [Fact]
    public async Task A_prefix_index_ignores_writes_outside_the_prefix_and_counts_deletes_inside_it()
    {
        await using var harness = await Harness.StartAsync();
        var inside = harness.Datacenter.PutKey("app/a", "1");
        harness.Datacenter.PutKey("other/b", "2");
        Assert.Equal(inside, (await harness.GetAsync("/v1/kv/app/?recurse")).Index);

        harness.Datacenter.PutKey("app/c", "3");
        var deleted = harness.Datacenter.DeleteKey("app/c").Index;

        Assert.Equal(deleted, (await harness.GetAsync("/v1/kv/app/?keys")).Index);
    }

    [Fact]
    public async Task A_fresh_store_never_reports_index_zero()
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.GetAsync("/v1/kv/?recurse");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("1", reply.Header("X-Consul-Index"));
    }
}
