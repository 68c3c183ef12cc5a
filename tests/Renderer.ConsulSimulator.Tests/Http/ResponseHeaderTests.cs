using System.IO.Compression;
using System.Net;
using Renderer.ConsulSimulator.Tests.Support;

namespace Renderer.ConsulSimulator.Tests.Http;

/// <summary>Spec §2 (consistency and caching headers) and §4 (response conventions).</summary>
public sealed class ResponseHeaderTests
{
    [Theory]
    [InlineData("/v1/health/service/web")]
    [InlineData("/v1/catalog/service/web")]
    [InlineData("/v1/catalog/services")]
    [InlineData("/v1/catalog/nodes")]
    [InlineData("/v1/health/checks/web")]
    [InlineData("/v1/health/state/any")]
    public async Task Catalog_and_health_reads_carry_every_meta_header(string path)
    {
        await using var harness = await Harness.StartAsync();
        harness.Datacenter.AddService("node-1", "10.0.0.1", "web");

        var reply = await harness.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.True(reply.Index > 1);
        Assert.Equal("true", reply.Header("X-Consul-KnownLeader"));
        Assert.Equal("0", reply.Header("X-Consul-LastContact"));
        Assert.Equal("leader", reply.Header("X-Consul-Effective-Consistency"));
        Assert.Equal("blocking-query", reply.Header("X-Consul-Query-Backend"));
        Assert.Equal("allow", reply.Header("X-Consul-Default-ACL-Policy"));
        Assert.Equal("application/json", reply.Header("Content-Type"));
    }

    [Fact]
    public async Task Meta_header_names_are_sent_in_Gos_canonical_casing()
    {
        await using var harness = await Harness.StartAsync();

        using var response = await harness.Http.GetAsync("/v1/catalog/nodes");

        var names = response.Headers.Select(h => h.Key).ToList();
        Assert.Contains("X-Consul-Knownleader", names);
        Assert.Contains("X-Consul-Lastcontact", names);
        Assert.Contains("X-Consul-Default-Acl-Policy", names);
        Assert.DoesNotContain("Server", names);
    }

    [Fact]
    public async Task KV_reads_carry_meta_headers_but_no_effective_consistency()
    {
        await using var harness = await Harness.StartAsync();
        harness.Datacenter.PutKey("a", "1");

        var reply = await harness.GetAsync("/v1/kv/a");

        Assert.NotNull(reply.Header("X-Consul-Index"));
        Assert.NotNull(reply.Header("X-Consul-KnownLeader"));
        Assert.Null(reply.Header("X-Consul-Effective-Consistency"));
    }

    [Theory]
    [InlineData("/v1/status/leader")]
    [InlineData("/v1/catalog/datacenters")]
    [InlineData("/v1/agent/self")]
    public async Task Endpoints_without_blocking_send_no_index(string path)
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Null(reply.Header("X-Consul-Index"));
    }

    [Theory]
    [InlineData("stale", "stale")]
    [InlineData("consistent", "consistent")]
    [InlineData("leader", "leader")]
    public async Task The_effective_consistency_follows_the_mode_flag(string flag, string expected)
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.GetAsync("/v1/catalog/nodes?" + flag);

        Assert.Equal(expected, reply.Header("X-Consul-Effective-Consistency"));
    }

    [Fact]
    public async Task A_stale_read_reports_the_configured_last_contact()
    {
        await using var harness = await Harness.StartAsync();
        harness.Datacenter.LastContact = TimeSpan.FromMilliseconds(1500);

        var stale = await harness.GetAsync("/v1/catalog/nodes?stale");
        var leader = await harness.GetAsync("/v1/catalog/nodes");

        Assert.Equal("1500", stale.Header("X-Consul-LastContact"));
        Assert.Equal("0", leader.Header("X-Consul-LastContact"));
    }

    [Fact]
    public async Task Max_stale_retries_on_the_leader_when_the_last_contact_is_too_old()
    {
        await using var harness = await Harness.StartAsync();
        harness.Datacenter.LastContact = TimeSpan.FromSeconds(5);

        var retried = await harness.GetAsync("/v1/catalog/nodes?max_stale=2s");
        var accepted = await harness.GetAsync("/v1/catalog/nodes?max_stale=10s");

        Assert.Equal("leader", retried.Header("X-Consul-Effective-Consistency"));
        Assert.Equal("0", retried.Header("X-Consul-LastContact"));
        Assert.Equal("stale", accepted.Header("X-Consul-Effective-Consistency"));
        Assert.Equal("5000", accepted.Header("X-Consul-LastContact"));
    }

    [Fact]
    public async Task Cached_reads_miss_first_then_hit_with_age_zero()
    {
        await using var harness = await Harness.StartAsync();
        harness.Datacenter.AddService("node-1", "10.0.0.1", "web");

        var first = await harness.GetAsync("/v1/health/service/web?cached");
        var second = await harness.GetAsync("/v1/health/service/web?cached");
        var uncached = await harness.GetAsync("/v1/health/service/web");

        Assert.Equal("MISS", first.Header("X-Cache"));
        Assert.Null(first.Header("Age"));
        Assert.Equal("HIT", second.Header("X-Cache"));
        Assert.Equal("0", second.Header("Age"));
        Assert.Null(uncached.Header("X-Cache"));
    }

    [Fact]
    public async Task The_simple_cache_ages_and_honours_max_age()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        await using var harness = await Harness.StartAsync(Harness.FastOptions with { TimeProvider = clock });
        await harness.GetAsync("/v1/catalog/datacenters?cached");
        clock.Advance(TimeSpan.FromSeconds(30));

        var aged = await harness.GetAsync("/v1/catalog/datacenters?cached");
        var refetched = await harness.GetAsync("/v1/catalog/datacenters?cached", r => r.Headers.Add("Cache-Control", "max-age=10"));

        Assert.Equal("HIT", aged.Header("X-Cache"));
        Assert.Equal("30", aged.Header("Age"));
        Assert.Equal("MISS", refetched.Header("X-Cache"));
    }

    [Fact]
    public async Task Pretty_indents_by_four_spaces_with_a_trailing_newline()
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.GetAsync("/v1/catalog/datacenters?pretty");

        Assert.Equal("[\n    \"dc1\"\n]\n", reply.Body);
    }

    [Fact]
    public async Task Large_bodies_are_gzipped_when_the_client_accepts_it()
    {
        await using var harness = await Harness.StartAsync();
        for (var i = 0; i < 10; i++)
        {
            harness.Datacenter.AddService($"node-{i}", $"10.0.0.{i}", "web");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/health/service/web");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await harness.Http.SendAsync(request);
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var document = await System.Text.Json.JsonDocument.ParseAsync(gzip);

        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
        Assert.Equal("Accept-Encoding", response.Headers.Vary.Single());
        Assert.Equal(10, document.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Small_bodies_are_not_gzipped()
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.GetAsync("/v1/catalog/datacenters", r => r.Headers.AcceptEncoding.ParseAdd("gzip"));

        Assert.Null(reply.Header("Content-Encoding"));
        Assert.Equal("[\"dc1\"]", reply.Body);
    }
}
