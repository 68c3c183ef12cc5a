using System.Net;
using Renderer.ConsulSimulator.State;
using Renderer.ConsulSimulator.Tests.Support;

namespace Renderer.ConsulSimulator.Tests.Http;

/// <summary>Spec §1 (blocking queries) and §5 (which index each endpoint reports), through real HTTP.</summary>
public sealed class BlockingQueryTests
{
    [Fact]
    public async Task A_request_without_index_answers_at_once_with_the_current_index()
    {
        await using var harness = await Harness.StartAsync();
        var registered = harness.Datacenter.AddService("node-1", "10.0.0.1", "web");

        var reply = await harness.GetAsync("/v1/health/service/web?wait=1m");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(registered, reply.Index);
        Assert.Equal(0, harness.Simulator.Counters.BlockingQueriesInFlight);
    }

    [Fact]
    public async Task An_index_older_than_the_current_one_returns_immediately()
    {
        await using var harness = await Harness.StartAsync();
        var first = harness.Datacenter.AddService("node-1", "10.0.0.1", "web");
        harness.Datacenter.AddService("node-2", "10.0.0.2", "web");

        var reply = await harness.GetAsync($"/v1/health/service/web?index={first}&wait=1m");

        Assert.True(reply.Index > first);
        Assert.Equal(2, reply.Json.GetArrayLength());
    }

    [Fact]
    public async Task A_blocked_health_query_returns_when_its_service_changes()
    {
        await using var harness = await Harness.StartAsync(Harness.FastOptions with { MaxWait = TimeSpan.FromSeconds(20) });
        var index = harness.Datacenter.AddService("node-1", "10.0.0.1", "web");
        var pending = harness.GetAsync($"/v1/health/service/web?index={index}&wait=20s");
        await harness.WaitForBlockedAsync(1);

        var changed = harness.Datacenter.AddService("node-2", "10.0.0.2", "web");
        var reply = await pending;

        Assert.Equal(changed, reply.Index);
        Assert.Equal(2, reply.Json.GetArrayLength());
    }

    [Fact]
    public async Task A_change_to_another_service_neither_wakes_the_watch_nor_moves_its_index()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        await using var harness = await Harness.StartAsync(Harness.FastOptions with { TimeProvider = clock, MaxWait = TimeSpan.FromMinutes(10) });
        var index = harness.Datacenter.AddService("node-1", "10.0.0.1", "web");
        var pending = harness.GetAsync($"/v1/health/service/web?index={index}&wait=30s");
        await harness.WaitForBlockedAsync(1);

        harness.Datacenter.AddService("node-9", "10.0.0.9", "db");
        harness.Datacenter.PutKey("some/key", "value");
        await Task.Delay(100);
        Assert.False(pending.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(30));
        var reply = await pending;

        Assert.Equal(index, reply.Index);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
    }

    [Fact]
    public async Task A_wait_timeout_returns_200_with_the_same_index_and_body()
    {
        await using var harness = await Harness.StartAsync(Harness.FastOptions with { MaxWait = TimeSpan.FromMilliseconds(200) });
        harness.Datacenter.AddService("node-1", "10.0.0.1", "web");
        var before = await harness.GetAsync("/v1/health/service/web");

        var after = await harness.GetAsync($"/v1/health/service/web?index={before.Index}&wait=5m");

        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.Equal(before.Index, after.Index);
        Assert.Equal(before.Body, after.Body);
    }

    [Fact]
    public async Task Wait_without_index_does_not_block()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        await using var harness = await Harness.StartAsync(Harness.FastOptions with { TimeProvider = clock });

        var reply = await harness.GetAsync("/v1/catalog/services?wait=10m");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
    }

    [Fact]
    public async Task An_identical_registration_moves_the_raft_index_but_no_query_index()
    {
        await using var harness = await Harness.StartAsync();
        var first = harness.Datacenter.AddService("node-1", "10.0.0.1", "web");

        var again = harness.Datacenter.AddService("node-1", "10.0.0.1", "web");

        Assert.True(again > first);
        Assert.Equal(first, (await harness.GetAsync("/v1/health/service/web")).Index);
        Assert.Equal(first, (await harness.GetAsync("/v1/catalog/services")).Index);
    }

    [Fact]
    public async Task A_check_change_moves_the_service_index_but_not_the_catalog_services_index()
    {
        await using var harness = await Harness.StartAsync();
        var registered = harness.Datacenter.AddService("node-1", "10.0.0.1", "web");

        var changed = harness.Datacenter.SetCheckStatus("node-1", "service:web", CheckStatus.Critical);

        Assert.Equal(changed, (await harness.GetAsync("/v1/health/service/web")).Index);
        Assert.Equal(changed, (await harness.GetAsync("/v1/catalog/service/web")).Index);
        Assert.Equal(registered, (await harness.GetAsync("/v1/catalog/services")).Index);
    }

    [Fact]
    public async Task A_node_check_change_moves_the_index_of_every_service_on_that_node()
    {
        await using var harness = await Harness.StartAsync();
        harness.Datacenter.AddService("node-1", "10.0.0.1", "web");
        harness.Datacenter.AddService("node-1", "10.0.0.1", "api");
        var other = harness.Datacenter.AddService("node-2", "10.0.0.2", "db");
        harness.Datacenter.Register(new CatalogRegistration("node-1", "10.0.0.1") { Checks = [new CheckRegistration("serfHealth") { Status = "passing" }] });

        var changed = harness.Datacenter.SetCheckStatus("node-1", "serfHealth", CheckStatus.Critical);

        Assert.Equal(changed, (await harness.GetAsync("/v1/health/service/web")).Index);
        Assert.Equal(changed, (await harness.GetAsync("/v1/health/service/api")).Index);
        Assert.Equal(other, (await harness.GetAsync("/v1/health/service/db")).Index);
    }

    [Fact]
    public async Task A_service_that_lost_its_last_instance_reports_the_extinction_index()
    {
        await using var harness = await Harness.StartAsync();
        harness.Datacenter.AddService("node-1", "10.0.0.1", "web");
        var removed = harness.Datacenter.DeregisterService("node-1", "web");
        harness.Datacenter.AddService("node-2", "10.0.0.2", "db");

        var reply = await harness.GetAsync("/v1/health/service/web");

        Assert.Equal("[]", reply.Body);
        Assert.Equal(removed, reply.Index);
    }

    [Fact]
    public async Task An_index_ahead_of_the_server_blocks_for_the_whole_wait_then_returns_the_lower_index()
    {
        await using var harness = await Harness.StartAsync(Harness.FastOptions with { MaxWait = TimeSpan.FromMilliseconds(200) });
        var index = harness.Datacenter.AddService("node-1", "10.0.0.1", "web");

        var reply = await harness.GetAsync($"/v1/health/service/web?index={index + 1000}&wait=1s");

        Assert.Equal(index, reply.Index);
    }

    [Fact]
    public async Task A_reset_makes_the_reported_index_go_backwards()
    {
        await using var harness = await Harness.StartAsync();
        var before = (await harness.GetAsync("/v1/catalog/nodes")).Index;

        harness.Datacenter.ResetIndex(3);

        var after = await harness.GetAsync("/v1/catalog/nodes");
        Assert.True(after.Index < before, $"{after.Index} should be below {before}");
        Assert.Equal(3UL, after.Json[0].GetProperty("ModifyIndex").GetUInt64());
    }

    [Fact]
    public async Task A_client_that_disconnects_releases_its_blocked_query()
    {
        await using var harness = await Harness.StartAsync(Harness.FastOptions with { MaxWait = TimeSpan.FromMinutes(5) });
        using var cancel = new CancellationTokenSource();
        var pending = harness.SendAsync(HttpMethod.Get, "/v1/catalog/nodes?index=100000&wait=5m", null, cancellationToken: cancel.Token);
        await harness.WaitForBlockedAsync(1);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        await harness.WaitForBlockedAsync(0);
    }
}
