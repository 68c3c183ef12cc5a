using Renderer.Templates.Tests.Support;

namespace Renderer.Templates.Tests;

/// <summary>nginx-stream.scriban: the listen port comes from the service name.</summary>
public sealed class NginxStreamTemplateTests
{
    private const string Template = "nginx-stream.scriban";

    [Theory]
    [InlineData("tcpadmin")]
    [InlineData("db-primary")]
    [InlineData("db-0")]
    [InlineData("db-65536")]
    public async Task A_tcp_service_without_a_port_at_the_end_of_its_name_is_skipped_with_a_comment(string name)
    {
        var output = await TemplateRendering.RenderShippedAsync(Template, InlineCatalog.WithServices(InlineCatalog.Service(name, "tcp", 5000)));

        Assert.Equal($"# {name}: tagged \"tcp\" but its name does not end in -PORT; skipped.\n", output);
    }

    [Fact]
    public async Task The_port_is_the_number_after_the_last_dash()
    {
        var output = await TemplateRendering.RenderShippedAsync(Template, InlineCatalog.WithServices(InlineCatalog.Service("redis-cache-6380", "tcp", 32000)));

        Assert.Contains("\nserver {\n    listen 6380;\n    proxy_pass redis-cache-6380;\n}\n", output);
    }

    [Fact]
    public async Task Stream_listen_address_prefixes_the_port()
    {
        var output = await TemplateRendering.RenderShippedAsync(
            Template,
            InlineCatalog.WithServices(InlineCatalog.Service("tcpfront-9999", "tcp", 32000)),
            ("stream_listen_address", "127.0.0.1"));

        Assert.Contains("\n    listen 127.0.0.1:9999;\n", output);
    }

    [Fact]
    public async Task Services_without_the_tcp_tag_render_nothing()
    {
        var output = await TemplateRendering.RenderShippedAsync(Template, InlineCatalog.WithServices(InlineCatalog.Service("web-8080", "http", 8080)));

        Assert.Equal("", output);
    }
}
