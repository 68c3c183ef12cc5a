using Renderer.Core.Catalog;
using Renderer.Core.Dependencies.Data;
using Renderer.Core.Rendering;
using Renderer.Core.Running;
using Renderer.Core.Snapshots;
using Renderer.Core.Templating;

namespace Renderer.Templates.Tests.Support;

/// <summary>Renders a template through the library, exactly as the runner does, from a catalog instead of Consul.</summary>
internal static class TemplateRendering
{
    private static readonly int LoopLimit = new RunnerOptions { Templates = [] }.LoopLimit;

    public static async Task<string> RenderFileAsync(string templatePath, string catalogPath, IReadOnlyDictionary<string, string> variables)
    {
        var catalog = await CatalogFileReader.ReadAsync(catalogPath);
        return await RenderAsync(templatePath, catalog, variables);
    }

    /// <summary>Renders a shipped template (a file name in <c>templates/</c>) over a catalog written in the test.</summary>
    public static Task<string> RenderShippedAsync(string templateFileName, string catalogJson, params (string Name, string Value)[] variables) =>
        RenderAsync(
            ShippedTemplate.Named(templateFileName).FullPath,
            CatalogFileReader.Parse(catalogJson, "inline-catalog.json"),
            variables.ToDictionary(variable => variable.Name, variable => variable.Value, StringComparer.Ordinal));

    public static async Task<string> RenderAsync(string templatePath, CatalogSnapshot catalog, IReadOnlyDictionary<string, string> variables)
    {
        var template = await CompiledTemplate.LoadAsync(templatePath, CancellationToken.None);
        var environment = new RenderEnvironment { Variables = variables, GetEnvironmentVariable = _ => null };
        var result = new TemplateRenderer(environment, LoopLimit).Render(template, new CatalogDataSource(catalog), CancellationToken.None);
        Assert.True(result.IsComplete, $"A catalog answers every dependency, yet these are missing: {string.Join(", ", result.Missing)}");
        return result.Text;
    }
}
