using Renderer.Core.Catalog;
using Renderer.Core.Dependencies.Data;
using Renderer.Core.Rendering;
using Renderer.Core.Templating;

namespace Renderer.Core.Tests.Rendering;

public sealed class TemplateRendererTests
{
    private static readonly CatalogDataSource Empty = new(CatalogSnapshot.Empty());
    private static readonly RenderEnvironment Environment = new() { GetEnvironmentVariable = _ => null };

    private static CompiledTemplate Compile(string text) => CompiledTemplate.Compile("/etc/renderer/nginx.scriban", text, "nginx.scriban");

    [Fact]
    public void A_template_renders_its_text()
    {
        var result = new TemplateRenderer(Environment, 0).Render(Compile("a {{ 1 + 1 }} b\n"), Empty, CancellationToken.None);

        Assert.Equal(("a 2 b\n", true), (result.Text, result.IsComplete));
    }

    [Fact]
    public void A_template_that_reads_nothing_uses_no_dependency()
    {
        var result = new TemplateRenderer(Environment, 0).Render(Compile("static"), Empty, CancellationToken.None);

        Assert.Equal((0, 0), (result.Used.Length, result.Missing.Length));
    }

    [Fact]
    public void A_runtime_error_names_the_template_path_line_and_column()
    {
        var template = Compile("ok\n  {{ x = null; x.y }}");

        var error = Assert.Throws<TemplateRenderException>(() => new TemplateRenderer(Environment, 0).Render(template, Empty, CancellationToken.None));

        Assert.Equal("/etc/renderer/nginx.scriban", error.TemplatePath);
        Assert.StartsWith("nginx.scriban(2,", error.Message, StringComparison.Ordinal);
        Assert.Contains(" : error : Cannot get the member x.y for a null object.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_render_says_what_it_read_before_the_error()
    {
        var template = Compile("{{ datacenters }}{{ services }}{{ nginx.token 'a b' }}{{ nodes }}");

        var error = Assert.Throws<TemplateRenderException>(() => new TemplateRenderer(Environment, 0).Render(template, Empty, CancellationToken.None));

        Assert.Equal(["datacenters", "services"], error.Used.Select(key => key.ToString()));
    }

    [Fact]
    public void The_loop_limit_given_to_the_renderer_applies()
    {
        var template = Compile("{{ for i in 1..5 }}{{ for j in 1..5 }}{{ end }}{{ end }}");

        var error = Assert.Throws<TemplateRenderException>(() => new TemplateRenderer(Environment, 10).Render(template, Empty, CancellationToken.None));

        Assert.Contains("Exceeding number of iteration limit `10` for loop statement.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loop_limit_of_zero_means_no_limit()
    {
        var template = Compile("{{ n = 0; for i in 1..2000; for j in 1..10; n = n + 1; end; end; n }}");

        Assert.Equal("20000", new TemplateRenderer(Environment, 0).Render(template, Empty, CancellationToken.None).Text);
    }

    [Fact]
    public void Long_output_is_not_cut_off()
    {
        var template = Compile("{{ 'x' * 2000000 }}");

        Assert.Equal(2_000_000, new TemplateRenderer(Environment, 0).Render(template, Empty, CancellationToken.None).Text.Length);
    }

    [Fact]
    public void Each_render_starts_from_fresh_globals()
    {
        var template = Compile("{{ count = (count ?? 0) + 1; count }}");
        var renderer = new TemplateRenderer(Environment, 0);

        renderer.Render(template, Empty, CancellationToken.None);

        Assert.Equal("1", renderer.Render(template, Empty, CancellationToken.None).Text);
    }

    [Fact]
    public void A_template_may_shadow_a_function_name_for_its_own_render_only()
    {
        var renderer = new TemplateRenderer(Environment, 0);
        renderer.Render(Compile("{{ services = 'mine' }}"), Empty, CancellationToken.None);

        Assert.Equal("[]", renderer.Render(Compile("{{ services }}"), Empty, CancellationToken.None).Text);
    }

    [Fact]
    public void A_cancelled_render_stops_with_operation_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new TemplateRenderer(Environment, 0).Render(Compile("{{ for i in 1..5 }}{{ i }}{{ end }}"), Empty, cancellation.Token));
    }

    [Fact]
    public void The_same_template_and_data_give_the_same_text_every_time()
    {
        var template = Compile("{{ services }}{{ nodes }}{{ datacenters }}");
        var data = new CatalogDataSource(CatalogSnapshot.Empty("east"));
        var renderer = new TemplateRenderer(Environment, 0);

        Assert.Equal(renderer.Render(template, data, CancellationToken.None).Text, renderer.Render(template, data, CancellationToken.None).Text);
    }

    [Fact]
    public void Data_comes_only_from_the_given_source()
    {
        var source = new CountingSource();

        new TemplateRenderer(Environment, 0).Render(Compile("{{ datacenters }}"), source, CancellationToken.None);

        Assert.Equal(1, source.Calls);
    }

    private sealed class CountingSource : IDependencyDataSource
    {
        public int Calls { get; private set; }

        public DependencyData? Get(Renderer.Core.Dependencies.DependencyKey key)
        {
            Calls++;
            return new DatacentersData(["dc1"]);
        }
    }
}
