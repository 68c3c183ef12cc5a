using Renderer.TestKit;

namespace Renderer.Cli.Tests.EndToEnd;

/// <summary>
/// Catalog changes reach real traffic: the simulator's catalog → <c>renderer render</c> → <c>nginx -t</c> and
/// <c>nginx -s reload</c> → requests through nginx.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class UpstreamChangeTests
{
    [NginxFact]
    public async Task Requests_through_nginx_reach_both_registered_backends()
    {
        await using var stack = await ProxyStack.StartAsync();

        var sample = await stack.WaitForFirstRenderAsync();

        Assert.True(sample.IsExactly(stack.Backend("web-a"), stack.Backend("web-b")), stack.Diagnostics($"sample: {sample}"));
        Assert.Contains("server 127.0.0.1:" + stack.Backend("web-b").Port, stack.DestinationText, StringComparison.Ordinal);
        Assert.Equal(1, stack.Renderer.CountLines("Check of ", " passed"));
        Assert.Equal(1, stack.Renderer.CountLines("Reload command ", " succeeded"));
    }

    [NginxFact]
    public async Task A_deregistered_backend_gets_no_traffic_after_the_reload()
    {
        await using var stack = await ProxyStack.StartAsync();
        var (a, b) = (stack.Backend("web-a"), stack.Backend("web-b"));
        await stack.WaitForFirstRenderAsync();

        await stack.DeregisterAsync(b.Name);

        await AssertOnlyServedByAsync(stack, a, b);
    }

    [NginxFact]
    public async Task A_backend_whose_check_fails_leaves_the_upstream()
    {
        await using var stack = await ProxyStack.StartAsync();
        var (a, b) = (stack.Backend("web-a"), stack.Backend("web-b"));
        await stack.WaitForFirstRenderAsync();

        await stack.FailCheckAsync(b.Name);

        await AssertOnlyServedByAsync(stack, a, b);
    }

    [NginxFact]
    public async Task With_every_backend_failing_nginx_keeps_a_valid_upstream_and_recovers_when_one_passes_again()
    {
        await using var stack = await ProxyStack.StartAsync();
        var (a, b) = (stack.Backend("web-a"), stack.Backend("web-b"));
        await stack.WaitForFirstRenderAsync();

        await stack.FailCheckAsync(a.Name);
        await stack.FailCheckAsync(b.Name);

        // Seed scenario 2: an upstream without a server is not valid nginx, so the template keeps a `down` placeholder.
        TrafficSample? sample = null;
        await Eventually.HoldsAsync(
            async () => stack.DestinationText.Contains("server 0.0.0.1 down;", StringComparison.Ordinal)
                && (sample = await stack.SampleAsync(5)).Answers.Keys.SequenceEqual(["HTTP 502"]),
            "the placeholder upstream rendered, accepted by nginx -t, and nginx answering 502",
            () => stack.Diagnostics($"last sample: {sample}"));
        Assert.Equal(0, stack.Renderer.CountLines("refused the new file"));

        await stack.PassCheckAsync(b.Name);

        await stack.WaitUntilServedByAsync(b);
        Assert.DoesNotContain("0.0.0.1", stack.DestinationText, StringComparison.Ordinal);
    }

    /// <summary>
    /// Waits for the file without <paramref name="gone"/> and for nginx to finish the second reload (the one after
    /// start-up); from then on no request may reach <paramref name="gone"/>.
    /// </summary>
    internal static async Task AssertOnlyServedByAsync(ProxyStack stack, HttpBackend kept, HttpBackend gone)
    {
        var goneServer = "server 127.0.0.1:" + gone.Port;
        await Eventually.HoldsAsync(
            () => !stack.DestinationText.Contains(goneServer, StringComparison.Ordinal),
            $"{stack.DestinationPath} rendered without {gone.Name}",
            () => stack.Diagnostics());
        await stack.WaitForNginxReloadsAsync(2);
        var hitsBefore = gone.Hits;

        var sample = await stack.SampleAsync(30);

        Assert.True(sample.IsExactly(kept), stack.Diagnostics($"sample after the reload: {sample}"));
        Assert.Equal(hitsBefore, gone.Hits);
        Assert.Contains("server 127.0.0.1:" + kept.Port, stack.DestinationText, StringComparison.Ordinal);
    }
}
