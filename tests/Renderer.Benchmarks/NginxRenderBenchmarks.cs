using BenchmarkDotNet.Attributes;
using Renderer.Benchmarks.Rendering;
using Renderer.Core.Dependencies.Data;
using Renderer.Scriban;
using Renderer.Scriban.Runtime;

namespace Renderer.Benchmarks;

/// <summary>
/// The shipped nginx.conf (http + stream, seed scenario 1) over the synthetic catalog of 1,000 services × 10
/// instances: the engine alone, the product's render path, parsing, and indexing the catalog.
/// </summary>
[MemoryDiagnoser]
public class NginxRenderBenchmarks
{
    private RenderSetup _setup = null!;
    private (string Name, string Text)[] _sources = [];

    [GlobalSetup]
    public void Setup()
    {
        _setup = RenderSetup.Create();
        _sources = [.. new[] { ShippedTemplates.NginxConf, ShippedTemplates.Http, ShippedTemplates.Stream }
            .Select(name => (name, ShippedTemplates.Read(name)))];
        OutputCheck.RequireSameOutput(_setup);
    }

    /// <summary>(a) Engine only: Template.Render over a pre-built ScriptObject model.</summary>
    [Benchmark]
    public string EngineRender() => _setup.RenderEngine();

    /// <summary>(b) Product path: TemplateRenderer over CatalogDataSource, building the template values on the way.</summary>
    [Benchmark]
    public string ProductRender() => _setup.RenderProduct();

    /// <summary>(c) Parse only: nginx.conf.scriban and the two fragments it includes.</summary>
    [Benchmark]
    public Template[] ParseTemplates() => RenderSetup.ParseTemplates(_sources);

    /// <summary>The fixed cost every render pays before its first statement: a new TemplateContext (it builds the builtins).</summary>
    [Benchmark]
    public TemplateContext CreateContext() => new();

    /// <summary>Indexing the catalog (sorting, health aggregation), done once per catalog, not per render.</summary>
    [Benchmark]
    public CatalogDataSource IndexCatalog() => new(_setup.Snapshot);
}
