using Renderer.Templates.Tests.Support;

namespace Renderer.Templates.Tests;

/// <summary>nginx.conf.scriban: the module include, the http include, and empty contexts.</summary>
public sealed class NginxConfTemplateTests
{
    private const string Template = "nginx.conf.scriban";

    [Fact]
    public async Task By_default_the_debian_module_folder_is_included_first()
    {
        var output = await TemplateRendering.RenderShippedAsync(Template, InlineCatalog.WithServices());

        Assert.StartsWith(
            "# Rendered by renderer from nginx.conf.scriban: edits to this file are overwritten.\ninclude /etc/nginx/modules-enabled/*.conf;\nworker_processes auto;\n",
            output);
    }

    [Fact]
    public async Task Without_tagged_services_http_and_stream_are_empty_and_closed_on_their_own_lines()
    {
        var output = await TemplateRendering.RenderShippedAsync(Template, InlineCatalog.WithServices(), ("modules_include", ""));

        Assert.Equal(
            """
            # Rendered by renderer from nginx.conf.scriban: edits to this file are overwritten.
            worker_processes auto;

            events {
                worker_connections 1024;
            }

            http {
            }

            stream {
            }

            """,
            output);
    }

    [Fact]
    public async Task Http_include_comes_first_inside_http_and_an_empty_value_means_none()
    {
        var catalog = InlineCatalog.WithServices(InlineCatalog.Service("web", "http", 8080));

        var withInclude = await TemplateRendering.RenderShippedAsync(Template, catalog, ("http_include", "/etc/nginx/mime.types"));
        var withEmpty = await TemplateRendering.RenderShippedAsync(Template, catalog, ("http_include", ""));

        Assert.Contains("\nhttp {\n    include /etc/nginx/mime.types;\n    upstream web {\n", withInclude);
        Assert.Contains("\nhttp {\n    upstream web {\n", withEmpty);
    }
}
