using Renderer.Core.Catalog;
using Renderer.Core.Dependencies.Data;
using Renderer.Core.Rendering;
using Renderer.Core.Templating;
using Renderer.TestKit;

namespace Renderer.Core.Tests.Rendering;

public sealed class CompiledTemplateTests
{
    private static readonly RenderEnvironment Environment = new() { GetEnvironmentVariable = _ => null };

    [Fact]
    public void Every_parse_error_is_reported_at_once_with_its_line_and_column()
    {
        var error = Assert.Throws<TemplateCompileException>(() =>
            CompiledTemplate.Compile("/t/nginx.scriban", "{{ if }}\nok\n{{ for x in }}{{ end }}\n", "nginx.scriban"));

        Assert.True(error.Errors.Count >= 2, string.Join("\n", error.Errors));
        Assert.All(error.Errors, line => Assert.Matches(@"^nginx\.scriban\(\d+,\d+\) : error : ", line));
        Assert.Contains(error.Errors, line => line.StartsWith("nginx.scriban(3,", StringComparison.Ordinal));
        Assert.Equal("/t/nginx.scriban", error.TemplatePath);
    }

    [Fact]
    public void The_path_is_kept_absolute()
    {
        var compiled = CompiledTemplate.Compile("relative/nginx.scriban", "x");

        Assert.Equal(Path.GetFullPath("relative/nginx.scriban"), compiled.Path);
    }

    [Fact]
    public void Errors_name_the_path_when_no_display_name_is_given()
    {
        var error = Assert.Throws<TemplateCompileException>(() => CompiledTemplate.Compile("/t/a.scriban", "{{ if }}"));

        Assert.StartsWith("/t/a.scriban(1,", error.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loading_a_missing_file_fails_naming_the_path()
    {
        using var directory = TempDirectory.Create("compiled");
        var path = directory.Combine("missing.scriban");

        var error = await Assert.ThrowsAsync<TemplateCompileException>(() => CompiledTemplate.LoadAsync(path, CancellationToken.None));

        Assert.StartsWith($"{path} : error : cannot read the template: ", Assert.Single(error.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_loaded_template_reports_errors_with_its_file_path()
    {
        using var directory = TempDirectory.Create("compiled");
        var path = directory.WriteFile("bad.scriban", "x\n{{ end }}");

        var error = await Assert.ThrowsAsync<TemplateCompileException>(() => CompiledTemplate.LoadAsync(path, CancellationToken.None));

        Assert.StartsWith($"{path}(2,", error.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_include_is_read_from_the_templates_directory()
    {
        using var directory = TempDirectory.Create("compiled");
        directory.WriteFile("parts/server.scriban", "server {{ $1 }};");
        var compiled = await CompiledTemplate.LoadAsync(directory.WriteFile("main.scriban", "{{ include 'parts/server.scriban' '10.0.0.1:80' }}"), CancellationToken.None);

        var result = new TemplateRenderer(Environment, 0).Render(compiled, new CatalogDataSource(CatalogSnapshot.Empty()), CancellationToken.None);

        Assert.Equal("server 10.0.0.1:80;", result.Text);
    }

    [Fact]
    public async Task An_include_outside_the_templates_directory_is_refused()
    {
        using var directory = TempDirectory.Create("compiled");
        directory.WriteFile("secret.txt", "secret");
        var compiled = await CompiledTemplate.LoadAsync(directory.WriteFile("templates/main.scriban", "{{ include '../secret.txt' }}"), CancellationToken.None);

        var error = Assert.Throws<TemplateRenderException>(() =>
            new TemplateRenderer(Environment, 0).Render(compiled, new CatalogDataSource(CatalogSnapshot.Empty()), CancellationToken.None));

        Assert.Contains("Unable to include `../secret.txt`: it resolves outside the template directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_included_template_reads_catalog_data_as_a_dependency_of_the_render()
    {
        using var directory = TempDirectory.Create("compiled");
        directory.WriteFile("dcs.scriban", "{{ datacenters }}");
        var compiled = await CompiledTemplate.LoadAsync(directory.WriteFile("main.scriban", "{{ include 'dcs.scriban' }}"), CancellationToken.None);

        var result = new TemplateRenderer(Environment, 0).Render(compiled, new CatalogDataSource(CatalogSnapshot.Empty()), CancellationToken.None);

        Assert.Equal(("[\"dc1\"]", "datacenters"), (result.Text, Assert.Single(result.Used).ToString()));
    }
}
