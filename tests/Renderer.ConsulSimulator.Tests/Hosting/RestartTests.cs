using Renderer.ConsulSimulator.Tests.Support;

namespace Renderer.ConsulSimulator.Tests.Hosting;

/// <summary>Outages: stopping drops clients, restarting on the same port keeps the state.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task A_restart_listens_on_the_same_port_with_the_same_state()
    {
        await using var harness = await Harness.StartAsync();
        var index = harness.Datacenter.AddService("node-1", "10.0.0.1", "web");
        var address = harness.Simulator.Address;

        await harness.Simulator.StopAsync();
        await Assert.ThrowsAsync<HttpRequestException>(() => harness.GetAsync("/v1/health/service/web"));
        await harness.Simulator.RestartAsync();

        var reply = await harness.GetAsync("/v1/health/service/web");
        Assert.Equal(address, harness.Simulator.Address);
        Assert.Equal(index, reply.Index);
        Assert.Equal(1, reply.Json.GetArrayLength());
    }

    [Fact]
    public async Task A_new_simulator_can_take_over_the_state_and_port_of_a_stopped_one()
    {
        var first = await ConsulSimulator.StartAsync(Harness.FastOptions);
        first.Datacenter.PutKey("kept", "yes");
        var port = first.Address.Port;
        await first.DisposeAsync();

        await using var second = await ConsulSimulator.StartAsync(Harness.FastOptions with { Port = port }, first.State);
        using var client = new HttpClient { BaseAddress = second.Address };

        Assert.Equal(port, second.Address.Port);
        Assert.Equal("yes", await client.GetStringAsync("/v1/kv/kept?raw"));
    }

    [Fact]
    public async Task Stopping_drops_a_blocked_query()
    {
        await using var harness = await Harness.StartAsync(Harness.FastOptions with { MaxWait = TimeSpan.FromMinutes(1) });
        var pending = harness.GetAsync("/v1/catalog/nodes?index=1000000&wait=1m");
        await harness.WaitForBlockedAsync(1);

        await harness.Simulator.StopAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => pending);
        Assert.False(harness.Simulator.IsRunning);
    }

    [Fact]
    public async Task A_restart_keeps_the_TLS_certificates_so_clients_stay_trusted()
    {
        await using var simulator = await ConsulSimulator.StartAsync(new SimulatorOptions { Tls = new Renderer.ConsulSimulator.Tls.TlsOptions() });
        var certificate = simulator.Certificates!.CaCertificate.Thumbprint;
        var https = simulator.HttpsAddress;

        await simulator.RestartAsync();

        Assert.Equal(certificate, simulator.Certificates!.CaCertificate.Thumbprint);
        Assert.Equal(https, simulator.HttpsAddress);
        Assert.True(simulator.IsRunning);
    }

    [Fact]
    public async Task Starting_on_a_port_in_use_fails_with_the_bind_error()
    {
        await using var running = await ConsulSimulator.StartAsync(Harness.FastOptions);

        await Assert.ThrowsAnyAsync<IOException>(() => ConsulSimulator.StartAsync(Harness.FastOptions with { Port = running.Address.Port }));
    }
}
