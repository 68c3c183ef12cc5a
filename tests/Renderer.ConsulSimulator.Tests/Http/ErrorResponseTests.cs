using System.Net;
using Renderer.ConsulSimulator.Tests.Support;

namespace Renderer.ConsulSimulator.Tests.Http;

/// <summary>Spec §8: status codes and the exact plain-text bodies Consul sends.</summary>
public sealed class ErrorResponseTests
{
    [Theory]
    [InlineData("/v1/health/service/web?dc=nowhere")]
    [InlineData("/v1/catalog/services?dc=nowhere")]
    [InlineData("/v1/kv/a?dc=nowhere")]
    [InlineData("/v1/status/leader?dc=nowhere")]
    public async Task An_unknown_datacenter_is_a_500_No_path_to_datacenter(string path)
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.GetAsync(path);

        Assert.Equal(HttpStatusCode.InternalServerError, reply.Status);
        Assert.Equal("No path to datacenter", reply.Body);
        Assert.Equal("text/plain; charset=utf-8", reply.Header("Content-Type"));
    }

    [Fact]
    public async Task A_known_second_datacenter_is_served_from_its_own_state()
    {
        await using var harness = await Harness.StartAsync(Harness.FastOptions with { AdditionalDatacenters = ["dc2"] });
        harness.Simulator.State.Get("dc2").AddService("far-1", "10.9.0.1", "web");

        var local = await harness.GetAsync("/v1/health/service/web");
        var remote = await harness.GetAsync("/v1/health/service/web?dc=dc2");
        var datacenters = await harness.GetAsync("/v1/catalog/datacenters");

        Assert.Equal("[]", local.Body);
        Assert.Equal("dc2", remote.Json[0].GetProperty("Node").GetProperty("Datacenter").GetString());
        Assert.Equal("[\"dc1\",\"dc2\"]", datacenters.Body);
    }

    [Theory]
    [InlineData("stale&consistent", "Cannot specify ?stale with ?consistent, conflicting semantics.")]
    [InlineData("cached&consistent", "Cannot specify ?cached with ?consistent, conflicting semantics.")]
    [InlineData("max_stale=soon", "Invalid max_stale value \"soon\"")]
    [InlineData("ns=team", "Invalid query parameter: \"ns\" - Namespaces are a Consul Enterprise feature")]
    [InlineData("passing=maybe", "Invalid value for ?passing")]
    public async Task Bad_query_parameters_are_a_400_with_Consuls_message(string query, string message)
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.GetAsync("/v1/health/service/web?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(message, reply.Body);
    }

    [Fact]
    public async Task A_namespace_header_is_refused_by_community_edition()
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.GetAsync("/v1/catalog/services", r => r.Headers.Add("X-Consul-Namespace", "team"));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("Invalid header: \"X-Consul-Namespace\" - Namespaces are a Consul Enterprise feature", reply.Body);
    }

    [Fact]
    public async Task A_non_integer_cache_control_is_a_400()
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.GetAsync("/v1/catalog/services?cached", r => r.Headers.TryAddWithoutValidation("Cache-Control", "max-age=soon"));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("Invalid Cache-Control header.", reply.Body);
    }

    [Theory]
    [InlineData("/v1/health/service/", "Missing service name")]
    [InlineData("/v1/catalog/service/", "Missing service name")]
    [InlineData("/v1/health/checks/", "Missing service name")]
    [InlineData("/v1/health/state/", "Missing check state")]
    [InlineData("/v1/catalog/node/", "Missing node name")]
    [InlineData("/v1/kv/", "Missing key name")]
    public async Task An_empty_path_argument_is_a_400(string path, string message)
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(message, reply.Body);
    }

    [Fact]
    public async Task An_unknown_api_path_is_a_404_with_Consuls_text()
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.GetAsync("/v1/nothing/here");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("Invalid URL path: not a recognized HTTP API endpoint\n", reply.Body);
    }

    [Fact]
    public async Task A_subtree_path_without_its_slash_is_redirected()
    {
        await using var harness = await Harness.StartAsync();
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = harness.Simulator.Address };

        using var response = await client.GetAsync("/v1/kv?recurse");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/v1/kv/?recurse", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_wrong_method_is_a_405_with_an_Allow_header()
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.SendAsync(HttpMethod.Post, "/v1/catalog/register", "{}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.Status);
        Assert.Equal("method POST not allowed", reply.Body);
        Assert.Equal("OPTIONS,PUT", reply.Header("Allow"));
    }

    [Fact]
    public async Task Options_answers_with_the_allowed_methods()
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.SendAsync(HttpMethod.Options, "/v1/kv/a", null);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("OPTIONS,GET,PUT,DELETE", reply.Header("Allow"));
        Assert.Equal(string.Empty, reply.Body);
    }

    [Fact]
    public async Task An_invalid_filter_is_a_500_from_the_expression_evaluator()
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.GetAsync("/v1/health/service/web?filter=" + Uri.EscapeDataString("Service.Nope == \"x\""));

        Assert.Equal(HttpStatusCode.InternalServerError, reply.Status);
        Assert.Equal("Failed to create boolean expression evaluator: Selector \"Service.Nope\" is not valid", reply.Body);
    }

    [Fact]
    public async Task A_filter_outside_the_simulators_subset_is_a_400_that_says_so()
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.GetAsync("/v1/health/service/web?filter=" + Uri.EscapeDataString("Service.Proxy.Mode == \"\""));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.StartsWith("Consul simulator: unsupported filter expression:", reply.Body);
    }

    [Fact]
    public async Task Without_a_leader_reads_fail_but_stale_reads_still_answer()
    {
        await using var harness = await Harness.StartAsync();
        harness.Datacenter.SetLeader(null);

        var leaderRead = await harness.GetAsync("/v1/catalog/nodes");
        var staleRead = await harness.GetAsync("/v1/catalog/nodes?stale");
        var leader = await harness.GetAsync("/v1/status/leader");
        var write = await harness.PutAsync("/v1/kv/a", "x");

        Assert.Equal(HttpStatusCode.InternalServerError, leaderRead.Status);
        Assert.Equal("No cluster leader", leaderRead.Body);
        Assert.Equal(HttpStatusCode.OK, staleRead.Status);
        Assert.Equal("false", staleRead.Header("X-Consul-KnownLeader"));
        Assert.Equal("\"\"", leader.Body);
        Assert.Equal("No cluster leader", write.Body);
    }

    [Fact]
    public async Task A_leader_change_is_reported_by_status_leader()
    {
        await using var harness = await Harness.StartAsync();

        harness.Datacenter.SetLeader("10.0.0.2:8300");

        Assert.Equal("\"10.0.0.2:8300\"", (await harness.GetAsync("/v1/status/leader")).Body);
        Assert.Equal("[\"10.0.0.2:8300\"]", (await harness.GetAsync("/v1/status/peers")).Body);
    }

    [Fact]
    public async Task A_semicolon_in_the_query_is_a_bare_500()
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.GetAsync("/v1/catalog/nodes?stale;pretty");

        Assert.Equal(HttpStatusCode.InternalServerError, reply.Status);
        Assert.Equal(string.Empty, reply.Body);
    }
}
