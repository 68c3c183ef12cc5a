using Renderer.Consul.Tests.Support;

namespace Renderer.Consul.Tests.Http;

/// <summary>Response headers → QueryMeta (spec §10.3).</summary>
public sealed class QueryMetaTests
{
    private static async Task<QueryMeta> MetaOf(Func<HttpResponseMessage> response)
    {
        using var harness = new ClientHarness(_ => response());
        return (await harness.Client.GetCatalogServicesAsync()).Meta;
    }

    [Fact]
    public async Task Every_consul_header_is_read_into_the_meta()
    {
        var meta = await MetaOf(() => Respond.Json("{}")
            .With("X-Consul-Index", "1234")
            .With("X-Consul-KnownLeader", "true")
            .With("X-Consul-LastContact", "250")
            .With("X-Consul-Effective-Consistency", "stale")
            .With("X-Cache", "hit")
            .With("Age", "17")
            .With("X-Consul-Query-Backend", "streaming")
            .With("X-Consul-ContentHash", "abc123")
            .With("X-Consul-Default-ACL-Policy", "deny")
            .With("X-Consul-Results-Filtered-By-ACLs", "true")
            .With("X-Consul-Translate-Addresses", "true"));

        Assert.Equal(1234UL, meta.LastIndex);
        Assert.True(meta.KnownLeader);
        Assert.Equal(TimeSpan.FromMilliseconds(250), meta.LastContact);
        Assert.Equal("stale", meta.ConsistencyLevel);
        Assert.True(meta.CacheHit);
        Assert.Equal(TimeSpan.FromSeconds(17), meta.CacheAge);
        Assert.Equal("streaming", meta.QueryBackend);
        Assert.Equal("abc123", meta.LastContentHash);
        Assert.Equal("deny", meta.DefaultAclPolicy);
        Assert.True(meta.ResultsFilteredByAcls);
        Assert.True(meta.AddressTranslationEnabled);
    }

    [Fact]
    public async Task Absent_headers_give_zero_false_and_empty()
    {
        var meta = await MetaOf(() => Respond.Json("{}"));

        Assert.Equal(0UL, meta.LastIndex);
        Assert.False(meta.KnownLeader);
        Assert.Equal(TimeSpan.Zero, meta.LastContact);
        Assert.Equal("", meta.ConsistencyLevel);
        Assert.False(meta.CacheHit);
        Assert.Null(meta.CacheAge);
        Assert.Equal("", meta.QueryBackend);
    }

    [Fact]
    public async Task Malformed_numbers_read_as_absent_instead_of_failing_the_read()
    {
        var meta = await MetaOf(() => Respond.Json("{}")
            .With("X-Consul-Index", "-5")
            .With("X-Consul-LastContact", "soon")
            .With("Age", "1.5"));

        Assert.Equal(0UL, meta.LastIndex);
        Assert.Equal(TimeSpan.Zero, meta.LastContact);
        Assert.Null(meta.CacheAge);
    }

    [Fact]
    public async Task Known_leader_is_true_only_for_the_exact_value_true()
    {
        var meta = await MetaOf(() => Respond.Json("{}").With("X-Consul-KnownLeader", "false"));

        Assert.False(meta.KnownLeader);
    }

    [Fact]
    public async Task The_request_time_is_measured_on_the_time_provider()
    {
        ClientHarness? harness = null;
        harness = new ClientHarness(_ =>
        {
            harness!.Clock.Advance(TimeSpan.FromMilliseconds(1500));
            return Respond.Json("{}", index: 1);
        });
        using var owned = harness;

        var result = await harness.Client.GetCatalogServicesAsync();

        Assert.Equal(TimeSpan.FromMilliseconds(1500), result.Meta.RequestTime);
    }
}
