using System.Text;
using Renderer.ConsulSimulator;
using Renderer.TestKit;

namespace Renderer.Cli.Tests.Commands;

/// <summary>renderer snapshot records the live catalog; rendering from the file gives what rendering live gives.</summary>
public sealed class SnapshotCommandTests
{
    private const string Template =
        "{{~ for inst in (service \"web\" \"any\") ~}}\n{{ inst.node }} {{ nginx.address inst }} {{ inst.status }} {{ inst.tags | array.join \",\" }}\n{{~ end ~}}\nkey={{ key \"app/domain\" }}\n";

    [Fact]
    public async Task Snapshot_records_nodes_instances_checks_and_kv_that_render_like_the_live_catalog()
    {
        await using var simulator = await Renderer.ConsulSimulator.ConsulSimulator.StartAsync(new SimulatorOptions { RegisterConsulService = false });
        using var http = new HttpClient { BaseAddress = simulator.Address };
        await PutAsync(http, "v1/catalog/register", """
            {"Node": "n1", "Address": "10.0.0.1", "Service": {"ID": "web-1", "Service": "web", "Tags": ["http", "v1"], "Port": 8080},
             "Check": {"CheckID": "web-1-alive", "Name": "alive", "Status": "passing", "ServiceID": "web-1"}}
            """);
        await PutAsync(http, "v1/catalog/register", """
            {"Node": "n2", "Address": "10.0.0.2", "Service": {"ID": "web-2", "Service": "web", "Tags": ["http"], "Port": 8081, "Address": "10.0.1.2"},
             "Check": {"CheckID": "web-2-alive", "Name": "alive", "Status": "critical", "ServiceID": "web-2"}}
            """);
        await PutAsync(http, "v1/kv/app/domain", "example.org");
        using var directory = TempDirectory.Create();
        directory.WriteFile("t.scriban", Template);

        var snapshot = await CliRun.InvokeAsync(
            directory.Path, "snapshot", "-o", "catalog.json", "--kv-prefix", "app", "-consul-addr", simulator.Address.ToString(), "-log-level", "error");
        var render = await CliRun.InvokeAsync(directory.Path, "render", "--catalog", "catalog.json", "-template", "t.scriban:out.txt", "-log-level", "error");

        Assert.True(snapshot.ExitCode == 0, snapshot.Error);
        Assert.Contains("service instances", snapshot.Output);
        Assert.True(render.ExitCode == 0, render.Error);
        Assert.Equal(
            "n1 10.0.0.1:8080 passing http,v1\nn2 10.0.1.2:8081 critical http\nkey=example.org\n",
            File.ReadAllText(directory.Combine("out.txt")));
    }

    [Fact]
    public async Task Snapshot_of_an_unreachable_consul_fails_with_the_consul_exit_code_and_writes_nothing()
    {
        using var directory = TempDirectory.Create();
        var port = FreePort.Next();

        var run = await CliRun.InvokeAsync(directory.Path, "snapshot", "-o", "catalog.json", "-consul-addr", $"127.0.0.1:{port}", "-log-level", "error");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("Consul", run.Error);
        Assert.False(File.Exists(directory.Combine("catalog.json")));
    }

    private static async Task PutAsync(HttpClient http, string path, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PutAsync(path, content);
        Assert.True(response.IsSuccessStatusCode, $"PUT {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
