using Renderer.TestKit;

namespace Renderer.Cli.Tests.EndToEnd;

/// <summary>Consul going away is weathered, not obeyed: the last good file stays, and the renderer catches up.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class ConsulOutageTests
{
    [NginxFact]
    public async Task While_Consul_is_down_the_file_stays_untouched_and_the_renderer_catches_up_when_it_returns()
    {
        await using var stack = await ProxyStack.StartAsync();
        var (a, b) = (stack.Backend("web-a"), stack.Backend("web-b"));
        await stack.WaitForFirstRenderAsync();
        var before = File.ReadAllBytes(stack.DestinationPath);
        var writtenBefore = File.GetLastWriteTimeUtc(stack.DestinationPath);

        await stack.Simulator.StopAsync();
        // The catalog changes while the renderer cannot see it (the state outlives the listener).
        stack.Simulator.Datacenter.DeregisterService(stack.Simulator.Options.NodeName, b.Name);
        // Down long enough for the renderer to fail its read of the service and two retries of it (about a second).
        await Eventually.HoldsAsync(
            () => stack.Renderer.CountLines("Consul request /v1/health/service/web", " failed again") >= 2,
            "the renderer's reads fail and are retried while Consul is down",
            () => stack.Diagnostics());

        Assert.False(stack.Renderer.HasExited, stack.Diagnostics("the renderer exited while Consul was down"));
        Assert.Equal(before, File.ReadAllBytes(stack.DestinationPath));
        Assert.Equal(writtenBefore, File.GetLastWriteTimeUtc(stack.DestinationPath));
        var during = await stack.SampleAsync(10);
        Assert.True(during.IsExactly(a, b), stack.Diagnostics($"sample while Consul was down: {during}"));

        await stack.Simulator.RestartAsync();

        await UpstreamChangeTests.AssertOnlyServedByAsync(stack, a, b);
    }

    [NginxFact]
    public async Task A_renderer_started_before_Consul_waits_and_renders_once_Consul_comes_up()
    {
        await using var stack = await ProxyStack.StartAsync(new ProxyStackOptions { ConsulDownAtStart = true });
        var placeholder = File.ReadAllBytes(stack.DestinationPath);
        await Eventually.HoldsAsync(
            () => stack.Renderer.CountLines("Consul request ", " failed again") >= 1,
            "the renderer retries while Consul is not up yet",
            () => stack.Diagnostics());
        Assert.False(stack.Renderer.HasExited, stack.Diagnostics("the renderer gave up while Consul was not up yet"));
        Assert.Equal(placeholder, File.ReadAllBytes(stack.DestinationPath));
        var during = await stack.SampleAsync(5);
        Assert.True(during.CountOf("HTTP 503") == during.Total, stack.Diagnostics($"nginx should still serve its placeholder: {during}"));

        await stack.Simulator.RestartAsync();

        await stack.WaitForFirstRenderAsync();
        Assert.Equal(1, stack.Renderer.CountLines("Reload command ", " succeeded"));
    }
}
