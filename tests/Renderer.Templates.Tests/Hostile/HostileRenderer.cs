using Renderer.Core.Catalog;
using Renderer.Core.Dependencies.Data;
using Renderer.Core.Rendering;
using Renderer.Core.Running;
using Renderer.Core.Templating;
using Renderer.Templates.Tests.Support;

namespace Renderer.Templates.Tests.Hostile;

/// <summary>
/// Renders one shipped template many times through the library, as <see cref="TemplateRendering"/> does, but parses
/// the template once: the fuzz runs render it tens of thousands of times.
/// </summary>
internal sealed class HostileRenderer
{
    private static readonly int LoopLimit = new RunnerOptions { Templates = [] }.LoopLimit;

    private readonly CompiledTemplate _template;

    private HostileRenderer(CompiledTemplate template)
    {
        _template = template;
    }

    public static Task<HostileRenderer> LoadAsync(ShippedTemplate template) => LoadAsync(template.FullPath);

    public static async Task<HostileRenderer> LoadAsync(string templatePath) =>
        new(await CompiledTemplate.LoadAsync(templatePath, CancellationToken.None));

    /// <summary>Renders over <paramref name="catalog"/>; a template error is returned, any other exception fails the test.</summary>
    public HostileRender Render(CatalogSnapshot catalog, IReadOnlyDictionary<string, string> variables)
    {
        var environment = new RenderEnvironment { Variables = variables, GetEnvironmentVariable = _ => null };
        try
        {
            var result = new TemplateRenderer(environment, LoopLimit).Render(_template, new CatalogDataSource(catalog), CancellationToken.None);
            Assert.True(result.IsComplete, $"A catalog answers every dependency, yet these are missing: {string.Join(", ", result.Missing)}");
            return new HostileRender(result.Text, null);
        }
        catch (TemplateRenderException e)
        {
            return new HostileRender(null, e);
        }
    }
}
