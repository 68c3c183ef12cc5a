namespace Renderer.Consul.Tests.Contract;

/// <content>Catalog reads (spec §6.1, §6.2, §6.6–§6.8).</content>
public sealed partial class ConsulContract
{
    public async Task Catalog_services_list_a_registered_service_with_the_union_of_its_tags()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        var web = data.Name("web");
        await data.RegisterAsync(new TestInstance(data.Name("node-1"), web) { Id = web + "-1", Tags = ["a", "b"] }, deadline.Token);
        await data.RegisterAsync(new TestInstance(data.Name("node-2"), web) { Id = web + "-2", Tags = ["b", "c"] }, deadline.Token);
        using var client = CreateClient();

        var services = await client.GetCatalogServicesAsync(cancellationToken: deadline.Token);

        Assert.Equal(["a", "b", "c"], services.Value[web].Order(StringComparer.Ordinal));
        AssertReadMeta(services.Meta);
    }

    public async Task Catalog_service_returns_every_instance_with_its_node_and_service_fields()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        var web = data.Name("web");
        var node = data.Name("node-1");
        await data.RegisterAsync(
            new TestInstance(node, web) { Id = web + "-1", Port = 8080, Tags = ["http"], Meta = new Dictionary<string, string> { ["version"] = "2" } },
            deadline.Token);
        using var client = CreateClient();

        var instances = await client.GetCatalogServiceAsync(web, cancellationToken: deadline.Token);

        var instance = Assert.Single(instances.Value);
        Assert.Equal((node, "192.0.2.10"), (instance.Node, instance.Address));
        Assert.Equal((web + "-1", web, 8080), (instance.ServiceId, instance.ServiceName, instance.ServicePort));
        Assert.Equal(["http"], instance.ServiceTags);
        Assert.Equal("2", instance.ServiceMeta["version"]);
        Assert.Equal("", instance.ServiceAddress);
        Assert.Equal(await AgentDatacenterAsync(client, deadline.Token), instance.Datacenter);
        AssertReadMeta(instances.Meta);
    }

    public async Task Catalog_service_with_a_tag_keeps_the_instances_carrying_it_in_any_case()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        var web = data.Name("web");
        await data.RegisterAsync(new TestInstance(data.Name("node-1"), web) { Id = web + "-1", Tags = ["blue", "http"] }, deadline.Token);
        await data.RegisterAsync(new TestInstance(data.Name("node-2"), web) { Id = web + "-2", Tags = ["green", "http"] }, deadline.Token);
        using var client = CreateClient();

        var blue = await client.GetCatalogServiceAsync(web, ["BLUE", "http"], cancellationToken: deadline.Token);

        Assert.Equal([web + "-1"], blue.Value.Select(i => i.ServiceId));
    }

    public async Task Catalog_service_of_an_unknown_service_is_an_empty_list_with_an_index()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        using var client = CreateClient();

        var instances = await client.GetCatalogServiceAsync(data.Name("nowhere"), cancellationToken: deadline.Token);

        Assert.Empty(instances.Value);
        AssertReadMeta(instances.Meta);
    }

    public async Task Catalog_nodes_include_a_registered_node_with_its_address()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        var node = data.Name("node-1");
        await data.RegisterAsync(new TestInstance(node, data.Name("web")) { NodeAddress = "192.0.2.44" }, deadline.Token);
        using var client = CreateClient();

        var nodes = await client.GetCatalogNodesAsync(cancellationToken: deadline.Token);

        Assert.Equal("192.0.2.44", Assert.Single(nodes.Value, n => n.Name == node).Address);
        AssertReadMeta(nodes.Meta);
    }

    public async Task Catalog_node_returns_the_node_with_its_services_by_id()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        var node = data.Name("node-1");
        var web = data.Name("web");
        await data.RegisterAsync(new TestInstance(node, web) { Id = web + "-1", Port = 80 }, deadline.Token);
        await data.RegisterAsync(new TestInstance(node, data.Name("api")) { Port = 81 }, deadline.Token);
        using var client = CreateClient();

        var read = await client.GetCatalogNodeAsync(node, cancellationToken: deadline.Token);

        Assert.NotNull(read.Value);
        Assert.Equal((node, "192.0.2.10"), (read.Value.Node.Name, read.Value.Node.Address));
        Assert.Equal([data.Name("api"), web + "-1"], read.Value.Services.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((web, 80), (read.Value.Services[web + "-1"].Name, read.Value.Services[web + "-1"].Port));
        AssertReadMeta(read.Meta);
    }

    public async Task Catalog_node_of_an_unknown_node_is_null_with_an_index()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        using var client = CreateClient();

        var read = await client.GetCatalogNodeAsync(data.Name("ghost"), cancellationToken: deadline.Token);

        Assert.Null(read.Value);
        AssertReadMeta(read.Meta);
    }

    public async Task Datacenters_include_the_agents_own_and_carry_no_index()
    {
        using var deadline = Deadline();
        using var client = CreateClient();

        var datacenters = await client.GetDatacentersAsync(cancellationToken: deadline.Token);

        Assert.Contains(await AgentDatacenterAsync(client, deadline.Token), datacenters.Value);
        Assert.Equal(0UL, datacenters.Meta.LastIndex);
    }
}
