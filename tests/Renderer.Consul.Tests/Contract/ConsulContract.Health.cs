using Renderer.Consul.Models;

namespace Renderer.Consul.Tests.Contract;

/// <content>Health reads (spec §6.3–§6.5).</content>
public sealed partial class ConsulContract
{
    public async Task Health_service_returns_each_instance_with_its_node_and_checks()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        var web = data.Name("web");
        var node = data.Name("node-1");
        await data.RegisterAsync(new TestInstance(node, web) { Id = web + "-1", Port = 8080, Tags = ["http"], NodeCheckStatus = Passing }, deadline.Token);
        using var client = CreateClient();

        var entries = await client.GetHealthServiceAsync(web, cancellationToken: deadline.Token);

        var entry = Assert.Single(entries.Value);
        Assert.Equal((node, "192.0.2.10"), (entry.Node.Name, entry.Node.Address));
        Assert.Equal(await AgentDatacenterAsync(client, deadline.Token), entry.Node.Datacenter);
        Assert.Equal((web + "-1", web, 8080, "http"), (entry.Service.Id, entry.Service.Name, entry.Service.Port, Assert.Single(entry.Service.Tags)));
        Assert.Equal(
            [("node-health", "", Passing), ("service:" + web + "-1", web + "-1", Passing)],
            entry.Checks.Select(c => (c.CheckId, c.ServiceId, c.Status)).OrderBy(c => c.CheckId, StringComparer.Ordinal));
        AssertReadMeta(entries.Meta);
    }

    public async Task Health_service_passing_only_drops_instances_with_a_failing_check_and_keeps_the_index()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        var web = data.Name("web");
        await data.RegisterAsync(new TestInstance(data.Name("node-1"), web) { Id = web + "-1" }, deadline.Token);
        await data.RegisterAsync(new TestInstance(data.Name("node-2"), web) { Id = web + "-2", CheckStatus = Critical }, deadline.Token);
        await data.RegisterAsync(new TestInstance(data.Name("node-3"), web) { Id = web + "-3", NodeCheckStatus = Critical }, deadline.Token);
        using var client = CreateClient();

        var all = await client.GetHealthServiceAsync(web, cancellationToken: deadline.Token);
        var passing = await client.GetHealthServiceAsync(web, passingOnly: true, cancellationToken: deadline.Token);

        Assert.Equal(3, all.Value.Count);
        Assert.Equal([web + "-1"], passing.Value.Select(e => e.Service.Id));
        Assert.Equal(all.Meta.LastIndex, passing.Meta.LastIndex);
    }

    public async Task Health_service_with_a_tag_keeps_the_instances_carrying_all_given_tags()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        var web = data.Name("web");
        await data.RegisterAsync(new TestInstance(data.Name("node-1"), web) { Id = web + "-1", Tags = ["blue", "http"] }, deadline.Token);
        await data.RegisterAsync(new TestInstance(data.Name("node-2"), web) { Id = web + "-2", Tags = ["blue"] }, deadline.Token);
        using var client = CreateClient();

        var entries = await client.GetHealthServiceAsync(web, tags: ["http", "Blue"], cancellationToken: deadline.Token);

        Assert.Equal([web + "-1"], entries.Value.Select(e => e.Service.Id));
    }

    public async Task Health_service_with_a_filter_expression_is_filtered_by_the_agent()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        var web = data.Name("web");
        await data.RegisterAsync(
            new TestInstance(data.Name("node-1"), web) { Id = web + "-1", Meta = new Dictionary<string, string> { ["version"] = "1" } },
            deadline.Token);
        await data.RegisterAsync(
            new TestInstance(data.Name("node-2"), web) { Id = web + "-2", Meta = new Dictionary<string, string> { ["version"] = "2" } },
            deadline.Token);
        using var client = CreateClient();

        var filter = new QueryOptions { Filter = "Service.Meta.version == \"2\"" };
        var entries = await client.GetHealthServiceAsync(web, options: filter, cancellationToken: deadline.Token);

        Assert.Equal([web + "-2"], entries.Value.Select(e => e.Service.Id));
    }

    public async Task Health_checks_return_the_services_own_checks_without_node_checks()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        var web = data.Name("web");
        await data.RegisterAsync(new TestInstance(data.Name("node-1"), web) { Id = web + "-1", NodeCheckStatus = Passing }, deadline.Token);
        await data.RegisterAsync(new TestInstance(data.Name("node-2"), web) { Id = web + "-2", CheckStatus = Critical }, deadline.Token);
        using var client = CreateClient();

        var checks = await client.GetHealthChecksAsync(web, cancellationToken: deadline.Token);

        Assert.Equal(
            [("service:" + web + "-1", Passing), ("service:" + web + "-2", Critical)],
            checks.Value.Select(c => (c.CheckId, c.Status)).OrderBy(c => c.CheckId, StringComparer.Ordinal));
        Assert.All(checks.Value, c => Assert.Equal(web, c.ServiceName));
        AssertReadMeta(checks.Meta);
    }

    public async Task Health_state_lists_the_checks_in_that_state_node_checks_included()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        var web = data.Name("web");
        var node = data.Name("node-1");
        await data.RegisterAsync(new TestInstance(node, web) { Id = web + "-1", CheckStatus = Critical, NodeCheckStatus = Passing }, deadline.Token);
        using var client = CreateClient();

        var critical = await client.GetHealthStateAsync(HealthState.Critical, cancellationToken: deadline.Token);
        var any = await client.GetHealthStateAsync(HealthState.Any, cancellationToken: deadline.Token);

        Assert.Equal(["service:" + web + "-1"], critical.Value.Where(c => c.Node == node).Select(c => c.CheckId));
        Assert.Equal(2, any.Value.Count(c => c.Node == node));
        AssertReadMeta(critical.Meta);
    }
}
