using Renderer.TestKit;

namespace Renderer.Cli.Tests.EndToEnd;

/// <summary>The renderer as a service manager drives it: SIGTERM stops it cleanly, SIGHUP re-reads its templates.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class SignalTests
{
    [NginxFact]
    public async Task Sigterm_stops_a_watching_renderer_with_exit_code_0()
    {
        // consul-template's command-line form: -template "SRC:DEST:RELOAD", no config file.
        await using var stack = await ProxyStack.StartAsync(new ProxyStackOptions { UseConfigFile = false });
        await stack.WaitForFirstRenderAsync();

        stack.Renderer.Signal("TERM");

        var exitCode = await stack.Renderer.WaitForExitAsync(Eventually.Timeout);
        Assert.True(exitCode == 0, stack.Diagnostics($"exit code after SIGTERM: {exitCode?.ToString() ?? "still running"}"));
        Assert.DoesNotContain("Unhandled exception", stack.Renderer.Output, StringComparison.Ordinal);
    }

    [NginxFact]
    public async Task Sigterm_while_Consul_is_down_stops_the_renderer_with_exit_code_0()
    {
        await using var stack = await ProxyStack.StartAsync();
        await stack.WaitForFirstRenderAsync();
        await stack.Simulator.StopAsync();
        await Eventually.HoldsAsync(
            () => stack.Renderer.CountLines("Consul request ", " failed") >= 1,
            "the renderer notices that Consul is down",
            () => stack.Diagnostics());

        // A retry delay in progress must not hold the stop up (systemd would wait, then kill).
        stack.Renderer.Signal("TERM");

        var exitCode = await stack.Renderer.WaitForExitAsync(Eventually.Timeout);
        Assert.True(exitCode == 0, stack.Diagnostics($"exit code after SIGTERM: {exitCode?.ToString() ?? "still running"}"));
    }

    [NginxFact]
    public async Task Sighup_re_reads_a_changed_template_and_nginx_serves_its_output()
    {
        await using var stack = await ProxyStack.StartAsync();
        var (a, b) = (stack.Backend("web-a"), stack.Backend("web-b"));
        await stack.WaitForFirstRenderAsync();
        const string anchor = "proxy_pass http://{{ name }};";
        var template = File.ReadAllText(stack.TemplatePath);
        Assert.Contains(anchor, template, StringComparison.Ordinal);
        File.WriteAllText(stack.TemplatePath, template.Replace(anchor, anchor + "\n        add_header X-Template v2 always;", StringComparison.Ordinal));

        stack.Renderer.Signal("HUP");

        string? header = null;
        await Eventually.HoldsAsync(
            async () => (header = await stack.ResponseHeaderAsync("X-Template")) == "v2",
            "responses through nginx carry the header the changed template adds",
            () => stack.Diagnostics($"X-Template: {header ?? "(none)"}"));
        Assert.Contains("add_header X-Template v2 always;", stack.DestinationText, StringComparison.Ordinal);
        Assert.False(stack.Renderer.HasExited, stack.Diagnostics("SIGHUP ended the renderer"));
        var sample = await stack.SampleAsync(10);
        Assert.True(sample.IsExactly(a, b), stack.Diagnostics($"sample after SIGHUP: {sample}"));
    }

    [NginxFact]
    public async Task Sighup_with_a_broken_template_keeps_the_running_template()
    {
        await using var stack = await ProxyStack.StartAsync();
        var (a, b) = (stack.Backend("web-a"), stack.Backend("web-b"));
        await stack.WaitForFirstRenderAsync();
        var before = File.ReadAllBytes(stack.DestinationPath);
        var writtenBefore = File.GetLastWriteTimeUtc(stack.DestinationPath);
        File.WriteAllText(stack.TemplatePath, "{{ for svc in }}\n");

        stack.Renderer.Signal("HUP");

        await Eventually.HoldsAsync(
            () => stack.Renderer.CountLines("keeping the running one") >= 1,
            "the renderer reports the broken template and keeps the running one",
            () => stack.Diagnostics());
        Assert.Contains("nginx-http.scriban(1,", stack.Renderer.Output, StringComparison.Ordinal);
        Assert.False(stack.Renderer.HasExited, stack.Diagnostics("SIGHUP with a broken template ended the renderer"));
        Assert.Equal(before, File.ReadAllBytes(stack.DestinationPath));
        Assert.Equal(writtenBefore, File.GetLastWriteTimeUtc(stack.DestinationPath));

        // The running template still renders catalog changes.
        await stack.DeregisterAsync(b.Name);

        await UpstreamChangeTests.AssertOnlyServedByAsync(stack, a, b);
    }
}
