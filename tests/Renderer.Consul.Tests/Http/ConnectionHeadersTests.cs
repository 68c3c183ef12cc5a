using Renderer.Consul.Tests.Support;

namespace Renderer.Consul.Tests.Http;

/// <summary>Token, basic auth, datacenter and namespace from the connection reach every request.</summary>
public sealed class ConnectionHeadersTests
{
    private static ClientHarness Harness(ConsulClientOptions options, string body = "[]") =>
        new(_ => Respond.Json(body, index: 5), options with { EnvironmentReader = _ => null });

    [Fact]
    public async Task The_token_travels_only_in_the_x_consul_token_header()
    {
        using var harness = Harness(new ConsulClientOptions { Token = "s3cr3t-token" });

        await harness.Client.GetCatalogNodesAsync();

        var request = harness.Handler.Single();
        Assert.Equal("s3cr3t-token", request.Header("X-Consul-Token"));
        Assert.DoesNotContain("s3cr3t-token", request.Uri.ToString(), StringComparison.Ordinal);
        Assert.Null(request.Header("Authorization"));
    }

    [Fact]
    public async Task A_query_token_replaces_the_client_token_for_that_request_only()
    {
        using var harness = Harness(new ConsulClientOptions { Token = "client-token" });

        await harness.Client.GetCatalogNodesAsync(new QueryOptions { Token = "query-token" });
        await harness.Client.GetCatalogNodesAsync();

        Assert.Equal("query-token", harness.Requests[0].Header("X-Consul-Token"));
        Assert.Equal("client-token", harness.Requests[1].Header("X-Consul-Token"));
    }

    [Fact]
    public async Task Without_a_token_no_token_header_is_sent()
    {
        using var harness = Harness(new ConsulClientOptions());

        await harness.Client.GetCatalogNodesAsync();

        Assert.Null(harness.Handler.Single().Header("X-Consul-Token"));
    }

    [Fact]
    public async Task Basic_auth_is_sent_as_an_authorization_header()
    {
        using var harness = Harness(new ConsulClientOptions { HttpAuth = "user:pass" });

        await harness.Client.GetCatalogNodesAsync();

        Assert.Equal("Basic dXNlcjpwYXNz", harness.Handler.Single().Header("Authorization"));
    }

    [Fact]
    public async Task The_client_datacenter_and_namespace_are_sent_unless_the_query_names_others()
    {
        using var harness = Harness(new ConsulClientOptions { Datacenter = "dc1", Namespace = "team" });

        await harness.Client.GetCatalogNodesAsync();
        await harness.Client.GetCatalogNodesAsync(new QueryOptions { Datacenter = "dc2", Namespace = "other" });

        Assert.Equal("/v1/catalog/nodes?dc=dc1&ns=team", harness.Requests[0].PathAndQuery);
        Assert.Equal("/v1/catalog/nodes?dc=dc2&ns=other", harness.Requests[1].PathAndQuery);
    }

    [Fact]
    public async Task A_path_prefix_in_the_address_is_prepended_to_every_path()
    {
        using var harness = Harness(new ConsulClientOptions { Address = "http://127.0.0.1:8080/consul" }, "\"\"");

        await harness.Client.GetLeaderAsync();

        Assert.Equal("http://127.0.0.1:8080/consul/v1/status/leader", harness.Handler.Single().Uri.ToString());
    }
}
