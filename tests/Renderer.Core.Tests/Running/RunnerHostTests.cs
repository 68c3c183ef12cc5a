using Renderer.Core.Running;
using static Renderer.Core.Tests.Running.RunnerCatalog;

namespace Renderer.Core.Tests.Running;

public sealed class RunnerHostTests
{
    private const string Catalog = """
        {
          "nodes": [
            { "node": "n1", "address": "10.0.0.1", "services": [ { "id": "web-8080", "name": "web", "port": 8080 } ] }
          ]
        }
        """;

    [Fact]
    public async Task A_catalog_file_run_renders_from_the_file_without_consul()
    {
        await using var fixture = new RunnerFixture();
        var options = new RunnerOptions
        {
            Templates = [fixture.Options("web.scriban", Upstream, "web.conf")],
            Once = true,
            CatalogFile = fixture.Directory.WriteFile("catalog.json", Catalog),
        };

        var outcome = await RunnerHost.RunAsync(options, fixture.Services, _ => null, started: null, CancellationToken.None);

        Assert.Equal(TemplateStatus.Written, Assert.Single(outcome.Templates).Status);
        Assert.Equal(Rendered(8080), fixture.Read("web.conf"));
    }

    [Fact]
    public async Task The_started_callback_receives_the_runner_before_it_runs()
    {
        await using var fixture = new RunnerFixture();
        Runner? received = null;
        var options = new RunnerOptions
        {
            Templates = [fixture.Options("web.scriban", Upstream, "web.conf")],
            Once = true,
            CatalogFile = fixture.Directory.WriteFile("catalog.json", Catalog),
        };

        await RunnerHost.RunAsync(options, fixture.Services, _ => null, runner => received = runner, CancellationToken.None);

        Assert.NotNull(received);
    }
}
