namespace Renderer.Benchmarks.Catalog;

/// <summary>The size and seed of a <see cref="SyntheticCatalog"/>; the same shape always gives the same catalog.</summary>
/// <param name="Services">Distinct service names. Default 1,000 (the figure).</param>
/// <param name="InstancesPerService">Instances of each service, each on a different node. Default 10.</param>
/// <param name="Nodes">Nodes the instances are spread over. Default 200 (50 instances a node).</param>
/// <param name="Seed">Seed of the pseudo-random choices. Default 20_240_601.</param>
public sealed record SyntheticCatalogShape(
    int Services = 1_000,
    int InstancesPerService = 10,
    int Nodes = 200,
    int Seed = 20_240_601)
{
    /// <summary>The catalog the benchmarks and docs/benchmarks.md use.</summary>
    public static SyntheticCatalogShape Default { get; } = new();
}
