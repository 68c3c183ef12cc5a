using System.Net;
using Renderer.Consul.Exceptions;
using Renderer.Consul.Tests.Support;

namespace Renderer.Consul.Tests.Http;

/// <summary>Which statuses are answers, which are final errors (spec §8), and what the errors say.</summary>
public sealed class NotFoundAndErrorTests
{
    [Fact]
    public async Task A_missing_kv_key_is_a_null_value_with_the_index_consul_sent()
    {
        using var harness = new ClientHarness(_ => Respond.Text(HttpStatusCode.NotFound, "", index: 77));

        var result = await harness.Client.GetKeyAsync("missing/key");

        Assert.Null(result.Value);
        Assert.Equal(77UL, result.Meta.LastIndex);
    }

    [Fact]
    public async Task A_missing_kv_prefix_is_an_empty_tree_and_an_empty_key_list()
    {
        using var harness = new ClientHarness(_ => Respond.Text(HttpStatusCode.NotFound, "", index: 78));

        var tree = await harness.Client.GetKeyTreeAsync("nothing/");
        var names = await harness.Client.GetKeyNamesAsync("nothing/");

        Assert.Empty(tree.Value);
        Assert.Empty(names.Value);
        Assert.Equal(78UL, tree.Meta.LastIndex);
    }

    [Fact]
    public async Task A_404_on_a_non_kv_endpoint_is_an_unexpected_response_naming_the_endpoint()
    {
        using var harness = new ClientHarness(
            _ => Respond.Text(HttpStatusCode.NotFound, "Invalid URL path: not a recognized HTTP API endpoint"));

        var error = await Assert.ThrowsAsync<ConsulUnexpectedResponseException>(() => harness.Client.GetCatalogNodesAsync());

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("/v1/catalog/nodes", error.Endpoint);
        Assert.Contains("not a recognized HTTP API endpoint", error.Message);
        Assert.Single(harness.Requests);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_reported_not_retried()
    {
        using var harness = new ClientHarness(_ => Respond.Json("<html>proxy login</html>", index: 3));

        var error = await Assert.ThrowsAsync<ConsulUnexpectedResponseException>(() => harness.Client.GetCatalogNodesAsync());

        Assert.Contains("not the expected JSON", error.Message);
        Assert.Single(harness.Requests);
    }

    [Theory]
    [InlineData("ACL not found")]
    [InlineData("Permission denied: token with AccessorID 'a1b2' lacks permission 'service:read' on \"web\"")]
    public async Task A_403_is_an_acl_error_with_consuls_reason_and_is_not_retried(string reason)
    {
        using var harness = new ClientHarness(_ => Respond.Text(HttpStatusCode.Forbidden, reason));

        var error = await Assert.ThrowsAsync<ConsulAclException>(() => harness.Client.GetHealthServiceAsync("web"));

        Assert.Equal(reason, error.Reason);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("/v1/health/service/web", error.Endpoint);
        Assert.Contains(reason, error.Message);
        Assert.Contains("ACL token", error.Message);
        Assert.Single(harness.Requests);
    }

    [Fact]
    public async Task A_400_is_a_bad_request_error_with_consuls_reason_and_is_not_retried()
    {
        const string reason = "Invalid query parameter: \"ns\" - Namespaces are a Consul Enterprise feature";
        using var harness = new ClientHarness(_ => Respond.Text(HttpStatusCode.BadRequest, reason));

        var error = await Assert.ThrowsAsync<ConsulBadRequestException>(
            () => harness.Client.GetCatalogServicesAsync(new QueryOptions { Namespace = "team" }));

        Assert.Equal(reason, error.Reason);
        Assert.Contains(reason, error.Message);
        Assert.Single(harness.Requests);
    }

    [Fact]
    public async Task A_long_error_body_is_cut_so_a_proxy_page_cannot_flood_the_message()
    {
        using var harness = new ClientHarness(_ => Respond.Text(HttpStatusCode.BadRequest, new string('x', 10_000)));

        var error = await Assert.ThrowsAsync<ConsulBadRequestException>(() => harness.Client.GetCatalogServicesAsync());

        Assert.True(error.Reason.Length <= 2049, $"reason has {error.Reason.Length} characters");
        Assert.EndsWith("…", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_the_caller_token_cancels_the_read_without_a_consul_error()
    {
        using var harness = new ClientHarness(async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return Respond.Json("[]");
        });
        using var cancel = new CancellationTokenSource();

        var read = harness.Client.GetCatalogNodesAsync(cancellationToken: cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
        Assert.Single(harness.Requests);
    }
}
