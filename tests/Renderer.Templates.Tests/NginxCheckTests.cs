using Renderer.Templates.Tests.Support;
using Renderer.TestKit;

namespace Renderer.Templates.Tests;

/// <summary>The nginx harness itself: it must be able to fail, and it must only bind loopback ports a user may bind.</summary>
public sealed class NginxCheckTests
{
    [NginxFact]
    public async Task An_upstream_without_a_server_fails_nginx_test()
    {
        var result = await NginxCheck.TestAsync("upstream star {\n}\n", TemplateOutputKind.HttpContext);

        Assert.False(result.Succeeded, result.Output);
        Assert.Contains("no servers are inside upstream", result.Output);
    }

    [Fact]
    public void Listen_directives_are_checked_on_loopback_with_privileged_ports_moved_above_1024()
    {
        var configuration = "server {\n    listen 80;\n    listen [::]:443 ssl;\n}\nserver {\n    listen 0.0.0.0:9999;\n}\n";

        var checkedConfiguration = NginxCheck.OnLoopback(configuration);

        Assert.Equal(
            "server {\n    listen 127.0.0.1:10080;\n    listen 127.0.0.1:10443 ssl;\n}\nserver {\n    listen 127.0.0.1:9999;\n}\n",
            checkedConfiguration);
    }
}
