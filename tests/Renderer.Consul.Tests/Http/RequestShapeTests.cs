using Renderer.Consul.Tests.Support;

namespace Renderer.Consul.Tests.Http;

/// <summary>What goes on the wire for each option (spec §10.2).</summary>
public sealed class RequestShapeTests : IDisposable
{
    private readonly ClientHarness _harness = new(_ => Respond.Json("[]", index: 12));

    private ConsulClient Client => _harness.Client;

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task A_read_without_an_index_sends_neither_index_nor_wait()
    {
        await Client.GetHealthServiceAsync("web", options: new QueryOptions { WaitTime = TimeSpan.FromMinutes(1) });

        var request = _harness.Handler.Single();
        Assert.Equal("/v1/health/service/web", request.PathAndQuery);
    }

    [Fact]
    public async Task A_blocking_read_sends_the_index_and_the_wait_in_milliseconds()
    {
        await Client.GetHealthServiceAsync("web", options: new QueryOptions { WaitIndex = 42, WaitTime = TimeSpan.FromMinutes(5) });

        Assert.Equal("/v1/health/service/web?index=42&wait=300000ms", _harness.Handler.Single().PathAndQuery);
    }

    [Fact]
    public async Task A_sub_millisecond_wait_is_rounded_up_so_it_does_not_become_the_default()
    {
        await Client.GetCatalogNodesAsync(new QueryOptions { WaitIndex = 3, WaitTime = TimeSpan.FromTicks(10) });

        Assert.Equal("1ms", _harness.Handler.Single().Query("wait"));
    }

    [Theory]
    [InlineData(ConsistencyMode.Stale, "stale")]
    [InlineData(ConsistencyMode.Consistent, "consistent")]
    [InlineData(ConsistencyMode.Leader, "leader")]
    public async Task The_consistency_mode_is_sent_as_a_bare_flag(ConsistencyMode mode, string flag)
    {
        await Client.GetCatalogNodesAsync(new QueryOptions { Consistency = mode });

        Assert.Equal("/v1/catalog/nodes?" + flag, _harness.Handler.Single().PathAndQuery);
    }

    [Fact]
    public async Task Max_stale_cached_filter_near_and_datacenter_are_sent_escaped()
    {
        await Client.GetHealthServiceAsync("web", options: new QueryOptions
        {
            Datacenter = "dc 2",
            MaxStale = TimeSpan.FromSeconds(2),
            UseCache = true,
            Filter = "Service.Meta.env == \"prod\" and \"v1\" in Service.Tags",
            Near = "_agent",
        });

        var request = _harness.Handler.Single();
        Assert.Equal("dc 2", request.Query("dc"));
        Assert.Equal("2000ms", request.Query("max_stale"));
        Assert.True(request.HasQuery("cached"));
        Assert.Equal("Service.Meta.env == \"prod\" and \"v1\" in Service.Tags", request.Query("filter"));
        Assert.Equal("_agent", request.Query("near"));
        Assert.DoesNotContain(" ", request.Uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Max_age_and_stale_if_error_travel_in_cache_control_for_cached_reads()
    {
        await Client.GetCatalogNodesAsync(new QueryOptions
        {
            UseCache = true,
            MaxAge = TimeSpan.FromSeconds(30),
            StaleIfError = TimeSpan.FromMinutes(1),
        });

        Assert.Equal("max-age=30, stale-if-error=60", _harness.Handler.Single().Header("Cache-Control"));
    }

    [Fact]
    public async Task Cached_with_consistent_is_refused_before_any_request()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Client.GetCatalogServicesAsync(
            new QueryOptions { UseCache = true, Consistency = ConsistencyMode.Consistent }));

        Assert.Contains("UseCache", error.Message);
        Assert.Empty(_harness.Requests);
    }

    [Fact]
    public async Task Passing_and_several_tags_are_sent_as_passing_1_and_one_tag_each()
    {
        await Client.GetHealthServiceAsync("web", passingOnly: true, tags: ["http", "v2"]);

        var request = _harness.Handler.Single();
        Assert.Equal("1", request.Query("passing"));
        Assert.Equal(["http", "v2"], request.QueryValues("tag"));
    }

    [Fact]
    public async Task Catalog_service_tags_are_sent_one_each()
    {
        await Client.GetCatalogServiceAsync("web", tags: ["a", "b"]);

        Assert.Equal("/v1/catalog/service/web?tag=a&tag=b", _harness.Handler.Single().PathAndQuery);
    }

    [Fact]
    public async Task Service_names_are_escaped_as_one_path_segment()
    {
        await Client.GetHealthChecksAsync("we b/x");

        Assert.Equal("/v1/health/checks/we%20b%2Fx", _harness.Handler.Single().Uri.AbsolutePath);
    }

    [Fact]
    public async Task Kv_keys_keep_their_slashes_and_escape_each_segment_and_lose_a_leading_slash()
    {
        await Client.GetKeyAsync("/config/my app/feature");

        Assert.Equal("/v1/kv/config/my%20app/feature", _harness.Handler.Single().Uri.AbsolutePath);
    }

    [Fact]
    public async Task Kv_keys_with_dot_segments_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Client.GetKeyAsync("config/../secrets"));

        Assert.Empty(_harness.Requests);
    }

    [Fact]
    public async Task A_kv_tree_read_sends_recurse_and_a_key_listing_sends_keys_and_the_separator()
    {
        await Client.GetKeyTreeAsync("config/");
        await Client.GetKeyNamesAsync("config/", separator: "/");

        Assert.Equal("/v1/kv/config/?recurse", _harness.Requests[0].PathAndQuery);
        Assert.Equal("/v1/kv/config/?keys&separator=%2F", _harness.Requests[1].PathAndQuery);
    }

    [Theory]
    [InlineData(Renderer.Consul.Models.HealthState.Any, "/v1/health/state/any")]
    [InlineData(Renderer.Consul.Models.HealthState.Critical, "/v1/health/state/critical")]
    public async Task Health_state_uses_consuls_lower_case_state_names(Renderer.Consul.Models.HealthState state, string path)
    {
        await Client.GetHealthStateAsync(state);

        Assert.Equal(path, _harness.Handler.Single().PathAndQuery);
    }

    [Fact]
    public async Task Empty_names_are_refused_before_any_request()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Client.GetHealthServiceAsync(""));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.GetCatalogNodeAsync(""));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.GetKeyAsync("/"));

        Assert.Empty(_harness.Requests);
    }
}
