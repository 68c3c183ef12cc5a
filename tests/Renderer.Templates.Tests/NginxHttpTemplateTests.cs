using Renderer.Core.Rendering;
using Renderer.Templates.Tests.Support;

namespace Renderer.Templates.Tests;

/// <summary>nginx-http.scriban: its variables, and catalog data that must not reach nginx as directives.</summary>
public sealed class NginxHttpTemplateTests
{
    private const string Template = "nginx-http.scriban";

    [Fact]
    public async Task Without_variables_servers_listen_on_80_under_example_com()
    {
        var output = await TemplateRendering.RenderShippedAsync(Template, InlineCatalog.WithServices(InlineCatalog.Service("web", "http", 8080)));

        Assert.Contains("\n    listen 80;\n    server_name web.example.com;\n", output);
    }

    [Fact]
    public async Task Http_listen_and_domain_set_the_listen_directive_and_the_server_name()
    {
        var output = await TemplateRendering.RenderShippedAsync(
            Template,
            InlineCatalog.WithServices(InlineCatalog.Service("web", "http", 8080)),
            ("http_listen", "127.0.0.1:8080"),
            ("domain", "internal.test"));

        Assert.Contains("\n    listen 127.0.0.1:8080;\n    server_name web.internal.test;\n", output);
    }

    [Fact]
    public async Task A_service_name_that_is_not_a_safe_nginx_word_fails_the_render_and_names_the_value()
    {
        var catalog = InlineCatalog.WithServices(InlineCatalog.Service("web;evil", "http", 8080));

        var error = await Assert.ThrowsAsync<TemplateRenderException>(() => TemplateRendering.RenderShippedAsync(Template, catalog));

        Assert.Contains("web;evil", error.Message);
        Assert.Contains("nginx-http.scriban", error.Message);
    }

    [Fact]
    public async Task A_domain_with_a_space_fails_the_render_and_names_the_value()
    {
        var catalog = InlineCatalog.WithServices(InlineCatalog.Service("web", "http", 8080));

        var error = await Assert.ThrowsAsync<TemplateRenderException>(
            () => TemplateRendering.RenderShippedAsync(Template, catalog, ("domain", "example.com; deny all")));

        Assert.Contains("example.com; deny all", error.Message);
    }
}
