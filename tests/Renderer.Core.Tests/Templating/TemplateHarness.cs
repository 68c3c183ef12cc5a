using Renderer.Core.Catalog;
using Renderer.Core.Dependencies.Data;
using Renderer.Core.Rendering;
using Renderer.Core.Templating;

namespace Renderer.Core.Tests.Templating;

/// <summary>Renders template text through <see cref="TemplateRenderer"/> as the runner does.</summary>
internal static class TemplateHarness
{
    /// <summary>The name errors carry: <c>test.scriban(line,col) : error : …</c>.</summary>
    public const string Name = "test.scriban";

    /// <summary>No environment variable is set, no variable is given.</summary>
    public static RenderEnvironment EmptyEnvironment { get; } = new() { GetEnvironmentVariable = _ => null };

    public static RenderResult Render(string template, IDependencyDataSource data, RenderEnvironment? environment = null)
    {
        var compiled = CompiledTemplate.Compile(Path.Combine(Path.GetTempPath(), Name), template, Name);
        return new TemplateRenderer(environment ?? EmptyEnvironment, loopLimit: 0).Render(compiled, data, CancellationToken.None);
    }

    public static RenderResult Render(string template, CatalogSnapshot? catalog = null, RenderEnvironment? environment = null) =>
        Render(template, new CatalogDataSource(catalog ?? TemplateCatalog.Snapshot), environment);

    /// <summary>The text of a render that must be complete.</summary>
    public static string Text(string template, CatalogSnapshot? catalog = null, RenderEnvironment? environment = null)
    {
        var result = Render(template, catalog, environment);
        Assert.True(result.IsComplete, $"The render waits for: {string.Join(", ", result.Missing)}");
        return result.Text;
    }

    /// <summary>The error of a render that must fail.</summary>
    public static TemplateRenderException Error(string template, CatalogSnapshot? catalog = null, RenderEnvironment? environment = null) =>
        Assert.Throws<TemplateRenderException>(() => Render(template, catalog, environment));
}
