using System.Net;
using System.Text.Json;
using Renderer.ConsulSimulator.Tests.Support;

namespace Renderer.ConsulSimulator.Tests.Endpoints;

/// <summary>Spec §6.1, 6.2, 6.6–6.8 and 6.12: catalog reads and the register/deregister writes.</summary>
public sealed class CatalogEndpointTests
{
    [Fact]
    public async Task Catalog_services_maps_each_name_to_its_deduplicated_tags()
    {
        await using var harness = await Harness.StartAsync();
        harness.Datacenter.AddService("node-1", "10.0.0.1", "web", "web-1", tags: ["http", "v1"]);
        harness.Datacenter.AddService("node-2", "10.0.0.2", "web", "web-2", tags: ["http"]);

        var reply = await harness.GetAsync("/v1/catalog/services");

        Assert.Equal("{\"consul\":[],\"web\":[\"http\",\"v1\"]}", reply.Body);
    }

    [Fact]
    public async Task An_empty_catalog_is_an_empty_object()
    {
        await using var harness = await Harness.StartAsync(Harness.FastOptions with { RegisterConsulService = false });

        Assert.Equal("{}", (await harness.GetAsync("/v1/catalog/services")).Body);
    }

    [Fact]
    public async Task Catalog_service_rows_are_flat_with_node_fields_and_a_port_that_is_always_present()
    {
        await using var harness = await Harness.StartAsync();
        await harness.PutAsync("/v1/catalog/register", """
            {"Node":"node-1","Address":"10.0.0.1","NodeMeta":{"rack":"r1"},
             "Service":{"Service":"web","Tags":["http"],"Meta":{"version":"2"}}}
            """);

        var row = (await harness.GetAsync("/v1/catalog/service/web")).Json[0];

        Assert.Equal("node-1", row.GetProperty("Node").GetString());
        Assert.Equal("10.0.0.1", row.GetProperty("Address").GetString());
        Assert.Equal("r1", row.GetProperty("NodeMeta").GetProperty("rack").GetString());
        Assert.Equal("web", row.GetProperty("ServiceID").GetString());
        Assert.Equal(0, row.GetProperty("ServicePort").GetInt32());
        Assert.Equal("2", row.GetProperty("ServiceMeta").GetProperty("version").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("ServiceLocality").ValueKind);
        Assert.Equal("[\"http\"]", row.GetProperty("ServiceTags").GetRawText());
    }

    [Fact]
    public async Task Catalog_nodes_are_sorted_by_name()
    {
        await using var harness = await Harness.StartAsync();
        harness.Datacenter.AddService("b-node", "10.0.0.2", "web");
        harness.Datacenter.AddService("a-node", "10.0.0.1", "web");

        var names = (await harness.GetAsync("/v1/catalog/nodes")).Json.EnumerateArray().Select(n => n.GetProperty("Node").GetString());

        Assert.Equal(["a-node", "b-node", "consul-sim"], names);
    }

    [Fact]
    public async Task An_unknown_node_is_null_with_200()
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.GetAsync("/v1/catalog/node/ghost");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("null", reply.Body);
    }

    [Fact]
    public async Task A_node_lists_its_services_by_id()
    {
        await using var harness = await Harness.StartAsync();
        harness.Datacenter.AddService("node-1", "10.0.0.1", "web", "web-1");
        harness.Datacenter.AddService("node-1", "10.0.0.1", "api", "api-1");

        var node = (await harness.GetAsync("/v1/catalog/node/node-1")).Json;

        Assert.Equal("node-1", node.GetProperty("Node").GetProperty("Node").GetString());
        Assert.Equal(["api-1", "web-1"], node.GetProperty("Services").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Register_answers_true_and_a_service_check_defaults_to_critical()
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.PutAsync("/v1/catalog/register", """
            {"node":"node-1","address":"10.0.0.1",
             "Service":{"ID":"web-1","Service":"web","Port":80},
             "Check":{"CheckID":"web-check","Name":"web alive","ServiceID":"web-1"}}
            """);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("true", reply.Body);
        var check = (await harness.GetAsync("/v1/health/checks/web")).Json[0];
        Assert.Equal("critical", check.GetProperty("Status").GetString());
    }

    [Fact]
    public async Task A_check_for_a_service_not_on_the_node_is_refused_and_nothing_is_written()
    {
        await using var harness = await Harness.StartAsync();
        var before = harness.Datacenter.RaftIndex;

        var reply = await harness.PutAsync("/v1/catalog/register", """
            {"Node":"node-1","Address":"10.0.0.1","Checks":[{"CheckID":"c","ServiceID":"missing"}]}
            """);

        Assert.Equal(HttpStatusCode.InternalServerError, reply.Status);
        Assert.Contains("Missing service registration", reply.Body);
        Assert.Equal(before, harness.Datacenter.RaftIndex);
        Assert.Equal("null", (await harness.GetAsync("/v1/catalog/node/node-1")).Body);
    }

    [Theory]
    [InlineData("""{"Address":"10.0.0.1"}""", 500, "Must provide node")]
    [InlineData("""{"Node":"n"}""", 500, "Must provide address if SkipNodeUpdate is not set")]
    [InlineData("""{"Node":"n","Address":"a","Service":{"ID":"x"}}""", 500, "Must provide service name with ID")]
    [InlineData("", 400, "Request decode failed: EOF")]
    [InlineData("""{"Node":"n","Address":"a","Service":{"Service":"s","Port":"80"}}""", 400,
        "Request decode failed: json: cannot unmarshal string into Go struct field RegisterRequest.Service.Port of type int")]
    public async Task Invalid_registrations_get_Consuls_errors(string body, int status, string message)
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.PutAsync("/v1/catalog/register", body);

        Assert.Equal((HttpStatusCode)status, reply.Status);
        Assert.Equal(message, reply.Body);
    }

    [Fact]
    public async Task Deregister_removes_a_service_a_check_or_a_whole_node()
    {
        await using var harness = await Harness.StartAsync();
        harness.Datacenter.AddService("node-1", "10.0.0.1", "web", "web-1");
        harness.Datacenter.AddService("node-1", "10.0.0.1", "api", "api-1");

        await harness.PutAsync("/v1/catalog/deregister", """{"Node":"node-1","CheckID":"service:api-1"}""");
        Assert.Equal("[]", (await harness.GetAsync("/v1/health/checks/api")).Body);
        await harness.PutAsync("/v1/catalog/deregister", """{"Node":"node-1","ServiceID":"web-1"}""");
        Assert.Equal("[]", (await harness.GetAsync("/v1/catalog/service/web")).Body);
        var node = await harness.PutAsync("/v1/catalog/deregister", """{"Node":"node-1"}""");

        Assert.Equal("true", node.Body);
        Assert.Equal("null", (await harness.GetAsync("/v1/catalog/node/node-1")).Body);
        Assert.Equal("true", (await harness.PutAsync("/v1/catalog/deregister", """{"Node":"node-1"}""")).Body);
    }

    [Fact]
    public async Task Node_meta_filters_rows_to_nodes_with_every_pair()
    {
        await using var harness = await Harness.StartAsync();
        await harness.PutAsync("/v1/catalog/register", """{"Node":"a","Address":"10.0.0.1","NodeMeta":{"env":"prod","rack":"1"},"Service":{"Service":"web"}}""");
        await harness.PutAsync("/v1/catalog/register", """{"Node":"b","Address":"10.0.0.2","NodeMeta":{"env":"dev"},"Service":{"Service":"web"}}""");

        var reply = await harness.GetAsync("/v1/catalog/service/web?node-meta=env:prod&node-meta=rack:1");

        Assert.Equal("a", reply.Json.EnumerateArray().Single().GetProperty("Node").GetString());
    }

    [Fact]
    public async Task A_node_can_be_looked_up_by_a_prefix_of_its_id()
    {
        await using var harness = await Harness.StartAsync();
        await harness.PutAsync("/v1/catalog/register", """{"Node":"node-1","ID":"40e4a748-2192-161a-0510-9bf59fe950b5","Address":"10.0.0.1"}""");

        var node = (await harness.GetAsync("/v1/catalog/node/40e4a748")).Json;

        Assert.Equal("node-1", node.GetProperty("Node").GetProperty("Node").GetString());
    }

    [Fact]
    public async Task Health_node_lists_every_check_of_the_node()
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.GetAsync("/v1/health/node/consul-sim");

        Assert.Equal("serfHealth", reply.Json.EnumerateArray().Single().GetProperty("CheckID").GetString());
        Assert.Equal("[]", (await harness.GetAsync("/v1/health/node/ghost")).Body);
    }
}
