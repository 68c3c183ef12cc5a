using Renderer.TestKit;

namespace Renderer.Cli.Tests.EndToEnd;

/// <summary>Bad output never reaches the running nginx: the old file stays, nginx keeps serving, the renderer keeps watching.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class BadOutputTests
{
    [NginxFact]
    public async Task Output_that_nginx_t_refuses_is_rolled_back_and_nginx_keeps_serving_the_old_file()
    {
        // Extra directives from the KV store, as consul-template users splice them in; here they break the file on purpose.
        await using var stack = await ProxyStack.StartAsync(new ProxyStackOptions
        {
            TemplateSuffix = "{{ key_or_default \"nginx/extra\" \"\" }}\n",
        });
        var (a, b) = (stack.Backend("web-a"), stack.Backend("web-b"));
        await stack.WaitForFirstRenderAsync();
        var before = File.ReadAllBytes(stack.DestinationPath);

        await stack.PutKeyAsync("nginx/extra", "not_a_directive on;");

        await Eventually.HoldsAsync(
            () => stack.Renderer.CountLines("refused the new file") >= 1,
            "the renderer reports that nginx -t refused the new file",
            () => stack.Diagnostics());
        Assert.Contains("unknown directive \"not_a_directive\"", stack.Renderer.Output, StringComparison.Ordinal);
        // The rollback puts the previous bytes back (a new write, so its time changes; its content must not).
        Assert.Equal(before, File.ReadAllBytes(stack.DestinationPath));
        await AssertStillServingAsync(stack, a, b);
    }

    [NginxFact]
    public async Task A_registration_without_a_port_fails_the_render_and_nginx_keeps_serving_the_old_file()
    {
        await using var stack = await ProxyStack.StartAsync();
        var (a, b) = (stack.Backend("web-a"), stack.Backend("web-b"));
        await stack.WaitForFirstRenderAsync();
        var before = File.ReadAllBytes(stack.DestinationPath);
        var writtenBefore = File.GetLastWriteTimeUtc(stack.DestinationPath);

        // A registrar bug: no port. nginx.address refuses it before nginx -t ever sees `server 127.0.0.1:0`.
        await stack.RegisterAsync("web-broken", port: null);

        await Eventually.HoldsAsync(
            () => stack.Renderer.CountLines("failed to render", "the instance has no port") >= 1,
            "the renderer reports the instance without a port",
            () => stack.Diagnostics());
        Assert.Equal(before, File.ReadAllBytes(stack.DestinationPath));
        Assert.Equal(writtenBefore, File.GetLastWriteTimeUtc(stack.DestinationPath));
        Assert.Equal(0, stack.Renderer.CountLines("refused the new file"));
        await AssertStillServingAsync(stack, a, b);
    }

    private static async Task AssertStillServingAsync(ProxyStack stack, HttpBackend a, HttpBackend b)
    {
        Assert.Equal(1, stack.Renderer.CountLines("Reload command ", " succeeded"));
        Assert.False(stack.Renderer.HasExited, stack.Diagnostics("the renderer exited after bad output"));
        var sample = await stack.SampleAsync(20);
        Assert.True(sample.IsExactly(a, b), stack.Diagnostics($"sample after the bad output: {sample}"));
    }
}
