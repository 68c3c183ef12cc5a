namespace Renderer.Cli.Tests.EndToEnd;

/// <summary>
/// The end-to-end tests run one at a time, after the in-process tests: each drives four real processes (renderer,
/// nginx master and worker, the simulator's Kestrel) on a two-core machine, and their deadlines should measure the
/// product, not the neighbours.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EndToEndCollection
{
    public const string Name = "EndToEnd";
}
