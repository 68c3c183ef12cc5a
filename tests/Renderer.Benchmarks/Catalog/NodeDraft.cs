using Renderer.Core.Catalog;

namespace Renderer.Benchmarks.Catalog;

/// <summary>A node while the generator adds services to it.</summary>
internal sealed record NodeDraft(CatalogNode Node)
{
    public List<CatalogService> Services { get; } = [];
}
