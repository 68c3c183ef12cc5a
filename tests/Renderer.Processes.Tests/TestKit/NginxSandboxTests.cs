using System.Net.Http;
using Renderer.TestKit;

namespace Renderer.Processes.Tests.TestKit;

public sealed class NginxSandboxTests
{
    [NginxFact]
    public async Task A_valid_http_fragment_passes_nginx_t()
    {
        using var sandbox = NginxSandbox.Create();

        var result = await sandbox.TestAsync("upstream web {\n    server 127.0.0.1:8081;\n}\n", NginxConfigKind.Http);

        Assert.True(result.Succeeded, result.Output);
    }

    [NginxFact]
    public async Task An_empty_upstream_is_rejected_with_nginx_s_message()
    {
        using var sandbox = NginxSandbox.Create();

        var result = await sandbox.TestAsync("upstream web {\n}\n", NginxConfigKind.Http);

        Assert.False(result.Succeeded);
        Assert.Contains("no servers are inside upstream", result.Output);
    }

    [NginxFact(RequiresStreamModule = true)]
    public async Task A_stream_fragment_passes_nginx_t_with_the_module_loaded()
    {
        using var sandbox = NginxSandbox.Create();
        var port = FreePort.Next();

        var result = await sandbox.TestAsync(
            $"upstream tcp {{\n    least_conn;\n    server 127.0.0.1:1;\n}}\nserver {{\n    listen 127.0.0.1:{port};\n    proxy_pass tcp;\n}}\n",
            NginxConfigKind.Stream);

        Assert.True(result.Succeeded, result.Output);
    }

    [NginxFact]
    public async Task A_started_master_serves_on_loopback_and_a_reload_applies_the_new_configuration()
    {
        using var sandbox = NginxSandbox.Create();
        var port = FreePort.Next();
        var config = sandbox.WriteConfig(Server(port, "one"), NginxConfigKind.Http);
        await sandbox.StartAsync(config);
        using var client = new HttpClient();
        Assert.Equal("one", await client.GetStringAsync($"http://127.0.0.1:{port}/"));

        File.WriteAllText(sandbox.Prefix + "/conf/rendered.conf", Server(port, "two"));
        var reload = await sandbox.ReloadAsync(config);

        Assert.True(reload.Applied, reload.Log);
        Assert.Equal("two", await GetEventuallyAsync(client, port, "two"));
        await sandbox.StopAsync();
        Assert.Null(sandbox.MasterProcessId);
    }

    [NginxFact]
    public async Task A_reload_with_a_broken_configuration_is_reported_as_not_applied()
    {
        using var sandbox = NginxSandbox.Create();
        var port = FreePort.Next();
        var config = sandbox.WriteConfig(Server(port, "one"), NginxConfigKind.Http);
        await sandbox.StartAsync(config);

        File.WriteAllText(sandbox.Prefix + "/conf/rendered.conf", "upstream broken {\n}\n");
        var reload = await sandbox.ReloadAsync(config);

        Assert.False(reload.Applied);
        Assert.Contains("no servers are inside upstream", reload.Log);
    }

    private static string Server(int port, string body) =>
        $"server {{\n    listen 127.0.0.1:{port};\n    location / {{ return 200 \"{body}\"; }}\n}}\n";

    // Old workers finish in-flight connections after a reload, so the first answer may still be the old one.
    private static async Task<string> GetEventuallyAsync(HttpClient client, int port, string expected)
    {
        var last = "";
        for (var attempt = 0; attempt < 50 && last != expected; attempt++)
        {
            last = await client.GetStringAsync($"http://127.0.0.1:{port}/?attempt={attempt}");
            if (last != expected)
            {
                await Task.Delay(20);
            }
        }

        return last;
    }
}
