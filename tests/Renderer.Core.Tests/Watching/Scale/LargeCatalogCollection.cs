namespace Renderer.Core.Tests.Watching.Scale;

/// <summary>The test classes that share one <see cref="LargeCatalogFixture"/> (loaded once; they run one after the other).</summary>
[CollectionDefinition(Name)]
public sealed class LargeCatalogCollection : ICollectionFixture<LargeCatalogFixture>
{
    public const string Name = "Large catalog";
}
