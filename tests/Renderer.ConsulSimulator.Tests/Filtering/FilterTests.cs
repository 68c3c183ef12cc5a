using System.Net;
using Renderer.ConsulSimulator.Tests.Support;

namespace Renderer.ConsulSimulator.Tests.Filtering;

/// <summary>The go-bexpr subset of spec §3.1 on the endpoints Renderer filters.</summary>
public sealed class FilterTests
{
    private static async Task<Harness> StartWithServicesAsync()
    {
        var harness = await Harness.StartAsync();
        harness.Datacenter.AddService("node-1", "10.0.0.1", "web", "web-1", port: 8080, tags: ["http", "v1"], meta: new Dictionary<string, string> { ["env"] = "prod" });
        harness.Datacenter.AddService("node-2", "10.0.0.2", "web", "web-2", port: 9090, tags: ["http"], meta: new Dictionary<string, string> { ["env"] = "dev" });
        harness.Datacenter.AddService("node-3", "10.0.0.3", "web", "web-3", port: 8080, tags: ["tcp"], checkStatus: "critical");
        return harness;
    }

    [Theory]
    [InlineData("\"v1\" in Service.Tags", "web-1")]
    [InlineData("Service.Tags contains \"http\"", "web-1,web-2")]
    [InlineData("\"http\" not in Service.Tags", "web-3")]
    [InlineData("Service.Meta.env == \"prod\"", "web-1")]
    [InlineData("Service.Meta[\"env\"] != \"prod\"", "web-2,web-3")]
    [InlineData("Service.Meta is empty", "web-3")]
    [InlineData("\"env\" in Service.Meta", "web-1,web-2")]
    [InlineData("Service.Port == 8080 and not (Service.ID == \"web-3\")", "web-1")]
    [InlineData("Service.ID == `web-2` or Node.Address == \"10.0.0.3\"", "web-2,web-3")]
    [InlineData("Service.ID matches \"^web-[12]$\"", "web-1,web-2")]
    [InlineData("Checks.Status == critical", "web-3")]
    [InlineData("Node.Node not matches \"1$\"", "web-2,web-3")]
    [InlineData("Service.Weights.Passing == 1 and Service.EnableTagOverride == false", "web-1,web-2,web-3")]
    public async Task Health_service_filters_select_matching_entries(string filter, string expectedIds)
    {
        await using var harness = await StartWithServicesAsync();

        var reply = await harness.GetAsync("/v1/health/service/web?filter=" + Uri.EscapeDataString(filter));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var ids = reply.Json.EnumerateArray().Select(e => e.GetProperty("Service").GetProperty("ID").GetString()).Order();
        Assert.Equal(expectedIds, string.Join(",", ids));
    }

    [Fact]
    public async Task Catalog_service_filters_use_the_flat_field_names()
    {
        await using var harness = await StartWithServicesAsync();

        var reply = await harness.GetAsync("/v1/catalog/service/web?filter=" + Uri.EscapeDataString("ServiceMeta.env == \"dev\""));

        Assert.Equal("web-2", reply.Json.EnumerateArray().Single().GetProperty("ServiceID").GetString());
    }

    [Fact]
    public async Task Catalog_services_filters_instances_before_building_the_map()
    {
        await using var harness = await StartWithServicesAsync();

        var reply = await harness.GetAsync("/v1/catalog/services?filter=" + Uri.EscapeDataString("ServiceTags contains \"tcp\""));

        Assert.Equal("{\"web\":[\"tcp\"]}", reply.Body);
    }

    [Fact]
    public async Task Filtering_does_not_change_the_reported_index()
    {
        await using var harness = await StartWithServicesAsync();

        var all = await harness.GetAsync("/v1/health/service/web");
        var none = await harness.GetAsync("/v1/health/service/web?filter=" + Uri.EscapeDataString("Service.ID == \"nobody\""));

        Assert.Equal("[]", none.Body);
        Assert.Equal(all.Index, none.Index);
    }

    [Theory]
    [InlineData("Service.Address == 10.0.0.1")]
    [InlineData("Service.ID ==")]
    [InlineData("Service.Tags == \"http\"")]
    [InlineData("Service.Port == \"eighty\"")]
    [InlineData("(Service.ID == \"a\"")]
    public async Task Invalid_expressions_are_a_500_from_the_evaluator(string filter)
    {
        await using var harness = await StartWithServicesAsync();

        var reply = await harness.GetAsync("/v1/health/service/web?filter=" + Uri.EscapeDataString(filter));

        Assert.Equal(HttpStatusCode.InternalServerError, reply.Status);
        Assert.StartsWith("Failed to create boolean expression evaluator: ", reply.Body);
    }
}
