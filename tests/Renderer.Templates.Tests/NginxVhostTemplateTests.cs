using Renderer.Templates.Tests.Support;

namespace Renderer.Templates.Tests;

/// <summary>nginx-vhost.scriban: which services it renders.</summary>
public sealed class NginxVhostTemplateTests
{
    private const string Template = "nginx-vhost.scriban";

    private static readonly string Catalog = InlineCatalog.WithServices(
        InlineCatalog.Service("api", "web", 8080),
        InlineCatalog.Service("shop", "web", 8081),
        InlineCatalog.Service("db", "tcp", 5432));

    [Fact]
    public async Task Without_the_services_variable_every_service_tagged_web_is_rendered()
    {
        var output = await TemplateRendering.RenderShippedAsync(Template, Catalog);

        Assert.Equal(["upstream api {", "upstream shop {"], UpstreamLines(output));
    }

    [Fact]
    public async Task The_services_variable_picks_services_in_its_order_ignoring_repeats_and_blanks()
    {
        var output = await TemplateRendering.RenderShippedAsync(Template, Catalog, ("services", "db, shop,,db ,"));

        Assert.Equal(["upstream db {", "upstream shop {"], UpstreamLines(output));
    }

    private static string[] UpstreamLines(string output) =>
        output.Split('\n').Where(line => line.StartsWith("upstream ", StringComparison.Ordinal)).ToArray();
}
