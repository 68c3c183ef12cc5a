using System.Net;
using Microsoft.Extensions.Time.Testing;
using Renderer.ConsulSimulator.Faults;
using Renderer.ConsulSimulator.Tests.Support;

namespace Renderer.ConsulSimulator.Tests.Faults;

/// <summary>Each injectable fault, its scope (path prefix, count) and its removal.</summary>
public sealed class FaultTests
{
    [Fact]
    public async Task Latency_holds_the_request_until_the_simulators_clock_has_moved()
    {
        var clock = new FakeTimeProvider();
        await using var harness = await Harness.StartAsync(Harness.FastOptions with { TimeProvider = clock });
        harness.Simulator.Faults.Add(Fault.Latency(TimeSpan.FromSeconds(3)));

        var pending = harness.GetAsync("/v1/status/leader");
        await Harness.WaitUntilAsync(() => harness.Simulator.TotalRequests == 1, "the request to arrive");
        await Task.Delay(50);
        Assert.False(pending.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(HttpStatusCode.OK, (await pending).Status);
    }

    [Fact]
    public async Task A_status_fault_answers_with_its_code_and_body()
    {
        await using var harness = await Harness.StartAsync();
        harness.Simulator.Faults.Add(Fault.NoClusterLeader(), "/v1/health/");

        var faulted = await harness.GetAsync("/v1/health/service/web");
        var untouched = await harness.GetAsync("/v1/catalog/services");

        Assert.Equal(HttpStatusCode.InternalServerError, faulted.Status);
        Assert.Equal("No cluster leader", faulted.Body);
        Assert.Equal(HttpStatusCode.OK, untouched.Status);
    }

    [Fact]
    public async Task Too_many_requests_comes_with_or_without_Retry_After()
    {
        await using var harness = await Harness.StartAsync();
        harness.Simulator.Faults.Add(Fault.TooManyRequests(TimeSpan.FromSeconds(2.5)), times: 1);
        harness.Simulator.Faults.Add(Fault.TooManyRequests(), times: 1);

        var withHint = await harness.GetAsync("/v1/catalog/nodes");
        var bare = await harness.GetAsync("/v1/catalog/nodes");
        var recovered = await harness.GetAsync("/v1/catalog/nodes");

        Assert.Equal(HttpStatusCode.TooManyRequests, withHint.Status);
        Assert.Equal("3", withHint.Header("Retry-After"));
        Assert.Equal(HttpStatusCode.TooManyRequests, bare.Status);
        Assert.Null(bare.Header("Retry-After"));
        Assert.Equal(string.Empty, bare.Body);
        Assert.Equal(HttpStatusCode.OK, recovered.Status);
    }

    [Fact]
    public async Task A_dropped_connection_gives_the_client_a_transport_error()
    {
        await using var harness = await Harness.StartAsync();
        harness.Simulator.Faults.Add(Fault.DropConnection(), times: 1);

        await Assert.ThrowsAsync<HttpRequestException>(() => harness.GetAsync("/v1/catalog/nodes"));
        Assert.Equal(HttpStatusCode.OK, (await harness.GetAsync("/v1/catalog/nodes")).Status);
    }

    [Fact]
    public async Task An_index_fault_reports_the_given_index_even_zero()
    {
        await using var harness = await Harness.StartAsync();
        using var fault = harness.Simulator.Faults.Add(Fault.Index(0));

        var reply = await harness.GetAsync("/v1/catalog/nodes");

        Assert.Equal("0", reply.Header("X-Consul-Index"));
        Assert.Equal(1, reply.Json.GetArrayLength());
    }

    [Fact]
    public async Task A_disposed_fault_no_longer_applies()
    {
        await using var harness = await Harness.StartAsync();
        var fault = harness.Simulator.Faults.Add(Fault.Index(3));
        var before = await harness.GetAsync("/v1/catalog/nodes");

        fault.Dispose();
        var after = await harness.GetAsync("/v1/catalog/nodes");

        Assert.Equal(3UL, before.Index);
        Assert.True(after.Index > 3);
    }

    [Fact]
    public async Task A_trickled_body_arrives_complete_in_chunks()
    {
        await using var harness = await Harness.StartAsync();
        harness.Datacenter.AddService("node-1", "10.0.0.1", "web");
        var expected = (await harness.GetAsync("/v1/health/service/web")).Body;
        harness.Simulator.Faults.Add(Fault.Trickle(64, TimeSpan.FromMilliseconds(1)));

        using var response = await harness.Http.GetAsync("/v1/health/service/web", HttpCompletionOption.ResponseHeadersRead);
        var declaredLength = response.Content.Headers.ContentLength;
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.Headers.TransferEncodingChunked);
        Assert.Null(declaredLength);
        Assert.Equal(expected, body);
    }

    [Fact]
    public async Task A_fault_limited_to_a_method_spares_the_others()
    {
        await using var harness = await Harness.StartAsync();
        harness.Simulator.Faults.Add(new FaultRule(Fault.Status(503, "rate limit exceeded")) { Method = "PUT", PathPrefix = "/v1/kv/" });

        var write = await harness.PutAsync("/v1/kv/a", "1");
        var read = await harness.GetAsync("/v1/kv/a");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, write.Status);
        Assert.Equal(HttpStatusCode.NotFound, read.Status);
    }

    [Fact]
    public async Task Clear_disarms_every_fault()
    {
        await using var harness = await Harness.StartAsync();
        harness.Simulator.Faults.Add(Fault.NoClusterLeader());
        harness.Simulator.Faults.Add(Fault.Index(0));

        harness.Simulator.Faults.Clear();

        var reply = await harness.GetAsync("/v1/catalog/nodes");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.NotEqual("0", reply.Header("X-Consul-Index"));
    }
}
