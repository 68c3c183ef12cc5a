using System.Text.Json;
using Renderer.Templates.Tests.Support;

namespace Renderer.Templates.Tests;

/// <summary>The seed scenarios (seed-scenarios.md) rendered from their sample catalogs: what each article shows.</summary>
public sealed class SeedScenarioTests
{
    private static readonly Dictionary<string, string> ArticleDomain = new() { ["domain"] = SeedArticle.Domain };

    [Fact]
    public async Task Scenario_1_http_fragment_is_exactly_the_articles_upstream_and_server_blocks()
    {
        var output = await RenderAsync("nginx-http.scriban", "http-upstreams", ArticleDomain);

        Assert.Equal(SeedArticle.HttpBlocks, output);
    }

    [Fact]
    public async Task Scenario_1_nginx_conf_has_exactly_the_articles_stream_block()
    {
        var output = await RenderAsync("nginx.conf.scriban", "http-upstreams", ArticleDomain);

        Assert.Equal(SeedArticle.StreamBlock, NginxBlocks.TopLevel(output, "stream"));
    }

    [Fact]
    public async Task Scenario_1_nginx_conf_has_the_articles_http_blocks_indented_inside_http()
    {
        var output = await RenderAsync("nginx.conf.scriban", "http-upstreams", ArticleDomain);

        Assert.Equal("http {\n" + NginxBlocks.Indent(SeedArticle.HttpBlocks) + "}\n", NginxBlocks.TopLevel(output, "http"));
    }

    [Fact]
    public async Task Scenario_1_stream_fragment_is_the_articles_stream_block_without_the_stream_context()
    {
        var output = await RenderAsync("nginx-stream.scriban", "http-upstreams", ArticleDomain);

        Assert.Equal(SeedArticle.StreamBlock, "stream {\n" + NginxBlocks.Indent(output) + "}\n");
    }

    [Fact]
    public async Task Scenario_2_upstream_lists_only_the_instances_whose_checks_all_pass()
    {
        var output = await RenderAsync("nginx-vhost.scriban", "passing-only", new() { ["services"] = "star" });

        Assert.StartsWith("upstream star {\n    server 10.0.1.11:8080;\n    server 10.0.1.13:8080;\n}\n", output);
    }

    [Fact]
    public async Task Scenario_2_upstream_keeps_a_down_placeholder_when_no_instance_is_healthy()
    {
        var output = await RenderAsync("nginx-vhost.scriban", "passing-only.all-down", new() { ["services"] = "star" });

        Assert.Contains("upstream star {\n", output);
        Assert.Contains("\n    server 0.0.0.1 down;\n}\n", output);
        Assert.DoesNotContain("10.0.1.", output);
    }

    [Fact]
    public async Task Scenario_3_dependency_file_is_the_articles_json()
    {
        var output = await RenderAsync("dependencies.json.scriban", "json-dependency-file", new() { ["services"] = "service2" });

        using var document = JsonDocument.Parse(output);
        using var article = JsonDocument.Parse("""{"service2": ["1.1.1.1:80", "2.2.2.2:80"]}""");
        Assert.True(JsonElement.DeepEquals(article.RootElement, document.RootElement), output);
    }

    [Fact]
    public async Task Scenario_4_fragment_sends_port_8080_to_every_tomcat_container()
    {
        var output = await RenderAsync("nginx-vhost.scriban", "include-fragment", new() { ["services"] = "tomcat", ["listen"] = "8080" });

        Assert.StartsWith("upstream tomcat {\n    server 192.168.100.131:8080;\n    server 192.168.100.132:8080;\n}\n", output);
        Assert.Contains("\n    listen 8080;\n", output);
        Assert.Contains("\n        proxy_pass http://tomcat;\n", output);
    }

    private static Task<string> RenderAsync(string template, string catalog, Dictionary<string, string> variables) =>
        TemplateRendering.RenderFileAsync(ShippedTemplate.Named(template).FullPath, SampleCatalog.WithId(catalog).FullPath, variables);
}
