using Renderer.Benchmarks.Catalog;
using Renderer.Core.Catalog;
using Renderer.Core.Dependencies.Data;
using Renderer.Core.Rendering;
using Renderer.Core.Templating;
using Renderer.Scriban;
using Renderer.Scriban.Loading;
using Renderer.Scriban.Runtime;

namespace Renderer.Benchmarks.Rendering;

/// <summary>Everything the benchmarks render with, built once, plus the two ways of rendering it.</summary>
public sealed class RenderSetup
{
    /// <summary>The CLI's default (RunnerOptions.LoopLimit): the Scriban default of 1,000 stops at the 1,001st instance.</summary>
    public const int LoopLimit = 1_000_000;

    private readonly DirectoryTemplateLoader _loader = new(ShippedTemplates.Directory);
    private readonly TemplateRenderer _renderer = new(RenderEnvironment.Default, LoopLimit);

    private RenderSetup(CatalogSnapshot snapshot)
    {
        Snapshot = snapshot;
        Compiled = CompiledTemplate.Compile(ShippedTemplates.PathOf(ShippedTemplates.NginxConf), ShippedTemplates.Read(ShippedTemplates.NginxConf));
        DataSource = new CatalogDataSource(snapshot);
        Model = new EngineModel(snapshot);
    }

    public CatalogSnapshot Snapshot { get; }

    public CompiledTemplate Compiled { get; }

    public CatalogDataSource DataSource { get; }

    public EngineModel Model { get; }

    public static RenderSetup Create(SyntheticCatalogShape? shape = null) => new(SyntheticCatalog.Create(shape));

    /// <summary>The engine alone: the parsed nginx.conf template over <see cref="Model"/>.</summary>
    public string RenderEngine()
    {
        var context = new TemplateContext { LoopLimit = LoopLimit, LimitToString = 0, TemplateLoader = _loader };
        context.PushGlobal(Model.CreateGlobals());
        return Compiled.Template.Render(context);
    }

    /// <summary>What <c>renderer render</c> does per render: TemplateRenderer over the catalog, values built on the way.</summary>
    public string RenderProduct() => _renderer.Render(Compiled, DataSource, CancellationToken.None).Text;

    /// <summary>Parses the three template files, as a render that finds a changed template does.</summary>
    public static Template[] ParseTemplates(IReadOnlyList<(string Name, string Text)> sources)
    {
        var templates = new Template[sources.Count];
        for (var i = 0; i < sources.Count; i++)
        {
            templates[i] = Template.Parse(sources[i].Text, sources[i].Name);
        }

        return templates;
    }
}
