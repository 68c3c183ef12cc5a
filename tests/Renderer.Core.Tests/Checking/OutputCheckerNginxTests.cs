using System.Text;
using Renderer.Core.Checking;
using Renderer.Core.Output;
using Renderer.TestKit;

namespace Renderer.Core.Tests.Checking;

public sealed class OutputCheckerNginxTests
{
    private const string GoodUpstream = "upstream httpfront {\n    zone upstream-httpfront 64k;\n    server 127.0.0.1:32769 max_fails=3 fail_timeout=60 weight=1;\n}\n";

    // Seed 001: an upstream with no server is what a naive template renders when no instance is healthy.
    private const string EmptyUpstream = "upstream httpfront {\n    zone upstream-httpfront 64k;\n}\n";

    [NginxFact]
    public async Task Nginx_rejects_a_broken_configuration_and_the_previous_file_is_restored()
    {
        using var sandbox = NginxSandbox.Create();
        var rendered = Path.Combine(sandbox.Prefix, "conf", "upstreams.conf");
        var config = sandbox.WriteWrapper(NginxConfigKind.Http, rendered);
        var writer = new AtomicFileWriter();
        var checker = new OutputChecker(writer);
        var first = await writer.WriteIfChangedAsync(new OutputWriteRequest(rendered, Encoding.UTF8.GetBytes(GoodUpstream)));
        Assert.IsType<CheckResult.Passed>(await checker.CheckAsync(new CheckRequest(first, sandbox.TestCommandLine(config))));

        var broken = await writer.WriteIfChangedAsync(new OutputWriteRequest(rendered, Encoding.UTF8.GetBytes(EmptyUpstream)));
        var result = await checker.CheckAsync(new CheckRequest(broken, sandbox.TestCommandLine(config)));

        var failed = Assert.IsType<CheckResult.Failed>(result);
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("no servers are inside upstream", failed.Output);
        Assert.Equal(GoodUpstream, File.ReadAllText(rendered));
        Assert.True((await sandbox.TestConfigFileAsync(config)).Succeeded);
    }
}
