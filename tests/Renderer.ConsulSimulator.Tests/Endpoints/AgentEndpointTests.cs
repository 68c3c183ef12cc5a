using System.Net;
using Renderer.ConsulSimulator.Tests.Support;

namespace Renderer.ConsulSimulator.Tests.Endpoints;

/// <summary>Spec §6.11, 6.13, 6.14: the local agent's self, service and TTL check endpoints.</summary>
public sealed class AgentEndpointTests
{
    [Fact]
    public async Task Registering_a_service_answers_an_empty_200_and_puts_it_on_the_agents_node()
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.PutAsync("/v1/agent/service/register", """
            {"name":"star","id":"star-1","tags":["v1"],"address":"10.0.0.5","port":8080,"check":{"ttl":"30s"}}
            """);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(string.Empty, reply.Body);
        Assert.Null(reply.Header("Content-Type"));
        var entry = (await harness.GetAsync("/v1/health/service/star")).Json[0];
        Assert.Equal("consul-sim", entry.GetProperty("Node").GetProperty("Node").GetString());
        var tagged = entry.GetProperty("Service").GetProperty("TaggedAddresses");
        Assert.Equal("{\"Address\":\"10.0.0.5\",\"Port\":8080}", tagged.GetProperty("lan_ipv4").GetRawText());
        var check = entry.GetProperty("Checks").EnumerateArray().Single(c => c.GetProperty("ServiceID").GetString() == "star-1");
        Assert.Equal("service:star-1", check.GetProperty("CheckID").GetString());
        Assert.Equal("Service 'star' check", check.GetProperty("Name").GetString());
        Assert.Equal("critical", check.GetProperty("Status").GetString());
        Assert.Equal("ttl", check.GetProperty("Type").GetString());
    }

    [Fact]
    public async Task Several_checks_get_numbered_ids()
    {
        await using var harness = await Harness.StartAsync();

        await harness.PutAsync("/v1/agent/service/register", """
            {"Name":"web","Checks":[{"TTL":"10s"},{"HTTP":"http://127.0.0.1/health","Interval":"10s"}]}
            """);

        var ids = (await harness.GetAsync("/v1/health/checks/web")).Json.EnumerateArray().Select(c => c.GetProperty("CheckID").GetString());
        Assert.Equal(["service:web:1", "service:web:2"], ids);
    }

    [Fact]
    public async Task Ttl_updates_change_the_status_output_and_the_service_index()
    {
        await using var harness = await Harness.StartAsync();
        await harness.PutAsync("/v1/agent/service/register", """{"Name":"web","Check":{"TTL":"10s"}}""");
        var before = (await harness.GetAsync("/v1/health/service/web")).Index;

        await harness.PutAsync("/v1/agent/check/pass/service:web?note=all%20good");
        var passing = await harness.GetAsync("/v1/health/checks/web");
        await harness.PutAsync("/v1/agent/check/update/service:web", """{"Status":"warning","Output":"slow"}""");
        var warning = await harness.GetAsync("/v1/health/checks/web");

        Assert.Equal("passing", passing.Json[0].GetProperty("Status").GetString());
        Assert.Equal("all good", passing.Json[0].GetProperty("Output").GetString());
        Assert.Equal("warning", warning.Json[0].GetProperty("Status").GetString());
        Assert.Equal("slow", warning.Json[0].GetProperty("Output").GetString());
        Assert.True((await harness.GetAsync("/v1/health/service/web")).Index > before);
    }

    [Fact]
    public async Task Re_registering_keeps_the_check_status_and_moves_no_index()
    {
        await using var harness = await Harness.StartAsync();
        const string body = """{"Name":"web","Port":80,"Check":{"TTL":"10s"}}""";
        await harness.PutAsync("/v1/agent/service/register", body);
        await harness.PutAsync("/v1/agent/check/pass/service:web");
        var before = await harness.GetAsync("/v1/health/service/web");

        await harness.PutAsync("/v1/agent/service/register", body);

        var after = await harness.GetAsync("/v1/health/service/web");
        Assert.Equal(before.Index, after.Index);
        Assert.Equal(before.Body, after.Body);
    }

    [Fact]
    public async Task Check_errors_use_Consuls_codes_and_texts()
    {
        await using var harness = await Harness.StartAsync();
        await harness.PutAsync("/v1/agent/service/register", """{"Name":"web","Check":{"HTTP":"http://x/","Interval":"10s"}}""");

        var unknown = await harness.PutAsync("/v1/agent/check/pass/nope");
        var notTtl = await harness.PutAsync("/v1/agent/check/fail/service:web");
        var badStatus = await harness.PutAsync("/v1/agent/check/update/service:web", """{"Status":"sleepy"}""");
        var get = await harness.GetAsync("/v1/agent/check/pass/service:web");

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("Unknown check ID \"nope\". Ensure that the check ID is passed, not the check name.", unknown.Body);
        Assert.Equal(HttpStatusCode.InternalServerError, notTtl.Status);
        Assert.Equal("CheckID \"service:web\" does not have associated TTL", notTtl.Body);
        Assert.Equal("Invalid check status: 'sleepy'", badStatus.Body);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.Status);
    }

    [Theory]
    [InlineData("""{"Port":80}""", "Missing service name")]
    [InlineData("""{"Name":"w","Address":"0.0.0.0"}""", "Invalid service address")]
    [InlineData("""{"Name":"w","Weights":{"Passing":0,"Warning":1}}""", "Invalid Weights: Passing must be greater than 0")]
    [InlineData("""{"Name":"w","Check":{"HTTP":"http://x/"}}""", "Invalid check: Interval must be > 0 for Script, HTTP, H2PING, TCP, UDP or OSService checks")]
    [InlineData("""{"Name":"w","Check":{}}""", "Invalid check: TTL must be > 0 for TTL checks")]
    public async Task Invalid_service_definitions_are_a_400(string body, string message)
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.PutAsync("/v1/agent/service/register", body);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(message, reply.Body);
    }

    [Fact]
    public async Task Deregistering_removes_the_service_and_an_unknown_id_is_a_404()
    {
        await using var harness = await Harness.StartAsync();
        await harness.PutAsync("/v1/agent/service/register", """{"Name":"web","ID":"web-1","Check":{"TTL":"10s"}}""");

        var removed = await harness.PutAsync("/v1/agent/service/deregister/web-1");
        var again = await harness.PutAsync("/v1/agent/service/deregister/web-1");

        Assert.Equal(HttpStatusCode.OK, removed.Status);
        Assert.Equal("[]", (await harness.GetAsync("/v1/health/service/web")).Body);
        Assert.Equal("[]", (await harness.GetAsync("/v1/health/checks/web")).Body);
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
        Assert.Equal("Unknown service ID \"web-1\". Ensure that the service ID is passed, not the service name.", again.Body);
    }

    [Fact]
    public async Task Agent_self_reports_datacenter_node_and_version()
    {
        await using var harness = await Harness.StartAsync(Harness.FastOptions with { Datacenter = "east", NodeName = "agent-7" });

        var config = (await harness.GetAsync("/v1/agent/self")).Json.GetProperty("Config");

        Assert.Equal("east", config.GetProperty("Datacenter").GetString());
        Assert.Equal("agent-7", config.GetProperty("NodeName").GetString());
        Assert.Equal("1.22.0", config.GetProperty("Version").GetString());
    }

    [Fact]
    public async Task Replace_existing_checks_drops_the_checks_the_new_definition_omits()
    {
        await using var harness = await Harness.StartAsync();
        await harness.PutAsync("/v1/agent/service/register", """{"Name":"web","Checks":[{"CheckID":"a","TTL":"10s"},{"CheckID":"b","TTL":"10s"}]}""");

        await harness.PutAsync("/v1/agent/service/register?replace-existing-checks", """{"Name":"web","Checks":[{"CheckID":"b","TTL":"10s"}]}""");

        var ids = (await harness.GetAsync("/v1/health/checks/web")).Json.EnumerateArray().Select(c => c.GetProperty("CheckID").GetString());
        Assert.Equal(["b"], ids);
    }

    [Fact]
    public async Task Node_maintenance_puts_every_service_of_the_agent_in_critical()
    {
        await using var harness = await Harness.StartAsync();

        var enabled = await harness.PutAsync("/v1/agent/maintenance?enable=true");
        var entry = (await harness.GetAsync("/v1/health/service/consul")).Json[0];
        var passing = await harness.GetAsync("/v1/health/service/consul?passing");
        await harness.PutAsync("/v1/agent/maintenance?enable=false");

        Assert.Equal(HttpStatusCode.OK, enabled.Status);
        var check = entry.GetProperty("Checks").EnumerateArray().Single(c => c.GetProperty("CheckID").GetString() == "_node_maintenance");
        Assert.Equal("Maintenance mode is enabled for this node, but no reason was provided. This is a default message.", check.GetProperty("Notes").GetString());
        Assert.Equal("[]", passing.Body);
        Assert.Equal(1, (await harness.GetAsync("/v1/health/service/consul?passing")).Json.GetArrayLength());
    }

    [Theory]
    [InlineData("/v1/agent/maintenance", "Missing value for enable")]
    [InlineData("/v1/agent/maintenance?enable=perhaps", "Invalid value for enable: \"perhaps\"")]
    public async Task Maintenance_needs_a_boolean_enable(string path, string message)
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.PutAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(message, reply.Body);
    }
}
