using System.Net.Http;
using System.Text;
using Renderer.Core.Checking;
using Renderer.Core.Output;
using Renderer.Core.Reloading;
using Renderer.TestKit;

namespace Renderer.Core.Tests.Reloading;

public sealed class ReloaderNginxTests
{
    [NginxFact]
    public async Task Write_check_and_reload_take_a_running_nginx_to_the_new_configuration()
    {
        using var sandbox = NginxSandbox.Create();
        var port = FreePort.Next();
        var rendered = Path.Combine(sandbox.Prefix, "conf", "site.conf");
        var config = sandbox.WriteWrapper(NginxConfigKind.Http, rendered);
        var writer = new AtomicFileWriter();
        await writer.WriteIfChangedAsync(Request(rendered, Site(port, "one")));
        await sandbox.StartAsync(config);

        var written = await writer.WriteIfChangedAsync(Request(rendered, Site(port, "two")));
        var check = await new OutputChecker(writer).CheckAsync(new CheckRequest(written, sandbox.TestCommandLine(config)));
        var reload = await new Reloader().RunAsync(ReloadPlan.From([sandbox.ReloadCommandLine(config)]));

        Assert.IsType<CheckResult.Passed>(check);
        Assert.True(reload.Succeeded, string.Join("\n", reload.Commands.Select(command => command.StandardError)));
        using var client = new HttpClient();
        Assert.Equal("two", await GetEventuallyAsync(client, port, "two"));
    }

    private static OutputWriteRequest Request(string path, string content) => new(path, Encoding.UTF8.GetBytes(content));

    private static string Site(int port, string body) =>
        $"server {{\n    listen 127.0.0.1:{port};\n    location / {{ return 200 \"{body}\"; }}\n}}\n";

    // The reload signal returns before the master has switched workers, so poll for the new answer.
    private static async Task<string> GetEventuallyAsync(HttpClient client, int port, string expected)
    {
        var last = "";
        for (var attempt = 0; attempt < 100 && last != expected; attempt++)
        {
            last = await client.GetStringAsync($"http://127.0.0.1:{port}/?attempt={attempt}");
            if (last != expected)
            {
                await Task.Delay(25);
            }
        }

        return last;
    }
}
