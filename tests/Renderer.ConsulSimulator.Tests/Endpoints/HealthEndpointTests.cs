using System.Net;
using System.Text.Json;
using Renderer.ConsulSimulator.State;
using Renderer.ConsulSimulator.Tests.Support;

namespace Renderer.ConsulSimulator.Tests.Endpoints;

/// <summary>Spec §6.3–6.5: health results, their shapes, <c>tag</c> and <c>passing</c>.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task An_unknown_service_is_an_empty_array_not_a_404()
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.GetAsync("/v1/health/service/nothing");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("[]", reply.Body);
    }

    [Fact]
    public async Task An_entry_has_the_node_the_service_and_node_plus_service_checks()
    {
        await using var harness = await Harness.StartAsync();
        harness.Datacenter.Register(new CatalogRegistration("node-1", "10.0.0.1")
        {
            Service = new ServiceRegistration("web") { Id = "web-1", Tags = ["http"], Port = 8080 },
            Checks =
            [
                new CheckRegistration("serfHealth") { Status = CheckStatus.Passing },
                new CheckRegistration("service:web-1") { ServiceId = "web-1", Status = CheckStatus.Warning },
            ],
        });

        var entry = (await harness.GetAsync("/v1/health/service/web")).Json[0];

        Assert.Equal("10.0.0.1", entry.GetProperty("Node").GetProperty("Address").GetString());
        Assert.Equal("dc1", entry.GetProperty("Node").GetProperty("Datacenter").GetString());
        Assert.Equal(8080, entry.GetProperty("Service").GetProperty("Port").GetInt32());
        Assert.Equal(string.Empty, entry.GetProperty("Service").GetProperty("Address").GetString());
        Assert.False(entry.GetProperty("Service").TryGetProperty("Datacenter", out _));
        var checks = entry.GetProperty("Checks").EnumerateArray().Select(c => c.GetProperty("CheckID").GetString()).ToList();
        Assert.Equal(["serfHealth", "service:web-1"], checks);
        Assert.Equal("web", entry.GetProperty("Checks")[1].GetProperty("ServiceName").GetString());
        Assert.Equal(JsonValueKind.Array, entry.GetProperty("Checks")[0].GetProperty("ServiceTags").ValueKind);
    }

    [Fact]
    public async Task Port_zero_is_omitted_and_nil_maps_are_null_but_tags_are_never_null()
    {
        await using var harness = await Harness.StartAsync();
        harness.Datacenter.Register(new CatalogRegistration("node-1", "10.0.0.1") { Service = new ServiceRegistration("web") });

        var service = (await harness.GetAsync("/v1/health/service/web")).Json[0].GetProperty("Service");

        Assert.False(service.TryGetProperty("Port", out _));
        Assert.False(service.TryGetProperty("TaggedAddresses", out _));
        Assert.False(service.TryGetProperty("Kind", out _));
        Assert.Equal(JsonValueKind.Null, service.GetProperty("Meta").ValueKind);
        Assert.Equal("[]", service.GetProperty("Tags").GetRawText());
        Assert.Equal("{\"Passing\":1,\"Warning\":1}", service.GetProperty("Weights").GetRawText());
    }

    [Fact]
    public async Task Repeated_tags_must_all_match_case_insensitively()
    {
        await using var harness = await Harness.StartAsync();
        harness.Datacenter.AddService("node-1", "10.0.0.1", "web", "web-1", tags: ["http", "v1"]);
        harness.Datacenter.AddService("node-2", "10.0.0.2", "web", "web-2", tags: ["http"]);

        var both = await harness.GetAsync("/v1/health/service/web?tag=HTTP&tag=v1");
        var one = await harness.GetAsync("/v1/health/service/web?tag=http");

        Assert.Equal("web-1", both.Json.EnumerateArray().Single().GetProperty("Service").GetProperty("ID").GetString());
        Assert.Equal(2, one.Json.GetArrayLength());
        Assert.Equal(one.Index, both.Index);
    }

    [Fact]
    public async Task Passing_drops_instances_with_any_non_passing_check_and_keeps_the_index()
    {
        await using var harness = await Harness.StartAsync();
        harness.Datacenter.AddService("node-1", "10.0.0.1", "web", "web-1");
        harness.Datacenter.AddService("node-2", "10.0.0.2", "web", "web-2", checkStatus: CheckStatus.Warning);
        harness.Datacenter.AddService("node-3", "10.0.0.3", "web", "web-3");

        var all = await harness.GetAsync("/v1/health/service/web");
        var passing = await harness.GetAsync("/v1/health/service/web?passing");

        var ids = passing.Json.EnumerateArray().Select(e => e.GetProperty("Service").GetProperty("ID").GetString()).ToList();
        Assert.Equal(["web-1", "web-3"], ids.Order());
        Assert.Equal(all.Index, passing.Index);
    }

    [Fact]
    public async Task Passing_swaps_the_removed_instance_with_the_last_one_as_Consul_does()
    {
        await using var harness = await Harness.StartAsync();
        harness.Datacenter.AddService("node-1", "10.0.0.1", "web", "web-1", checkStatus: CheckStatus.Critical);
        harness.Datacenter.AddService("node-2", "10.0.0.2", "web", "web-2");
        harness.Datacenter.AddService("node-3", "10.0.0.3", "web", "web-3");

        var passing = await harness.GetAsync("/v1/health/service/web?passing=true");

        var ids = passing.Json.EnumerateArray().Select(e => e.GetProperty("Service").GetProperty("ID").GetString()).ToList();
        Assert.Equal(["web-3", "web-2"], ids);
    }

    [Fact]
    public async Task A_maintenance_check_counts_as_critical_for_passing()
    {
        await using var harness = await Harness.StartAsync();
        await harness.PutAsync("/v1/agent/service/register", """{"Name":"web","ID":"web-1","Port":80,"Check":{"TTL":"30s","Status":"passing"}}""");

        await harness.PutAsync("/v1/agent/service/maintenance/web-1?enable=true&reason=deploy");
        var passing = await harness.GetAsync("/v1/health/service/web?passing");
        var all = await harness.GetAsync("/v1/health/service/web");

        Assert.Equal("[]", passing.Body);
        var maintenance = all.Json[0].GetProperty("Checks").EnumerateArray().Single(c => c.GetProperty("CheckID").GetString() == "_service_maintenance:web-1");
        Assert.Equal("critical", maintenance.GetProperty("Status").GetString());
        Assert.Equal("deploy", maintenance.GetProperty("Notes").GetString());
    }

    [Fact]
    public async Task Health_checks_lists_only_the_services_own_checks()
    {
        await using var harness = await Harness.StartAsync();
        harness.Datacenter.AddService("node-1", "10.0.0.1", "web");
        harness.Datacenter.Register(new CatalogRegistration("node-1", "10.0.0.1") { Checks = [new CheckRegistration("serfHealth") { Status = "passing" }] });

        var reply = await harness.GetAsync("/v1/health/checks/web");

        Assert.Equal("service:web", reply.Json.EnumerateArray().Single().GetProperty("CheckID").GetString());
        Assert.Equal("[]", (await harness.GetAsync("/v1/health/checks/unknown")).Body);
    }

    [Theory]
    [InlineData("any", 3)]
    [InlineData("passing", 2)]
    [InlineData("critical", 1)]
    [InlineData("warning", 0)]
    [InlineData("bogus", 0)]
    public async Task Health_state_lists_node_and_service_checks_in_that_state(string state, int expected)
    {
        await using var harness = await Harness.StartAsync(Harness.FastOptions with { RegisterConsulService = false });
        harness.Datacenter.AddService("node-1", "10.0.0.1", "web");
        harness.Datacenter.AddService("node-2", "10.0.0.2", "db", checkStatus: CheckStatus.Critical);

        var reply = await harness.GetAsync("/v1/health/state/" + state);

        Assert.Equal(expected, reply.Json.GetArrayLength());
    }
}
