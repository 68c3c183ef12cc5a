using Renderer.Core.Catalog;

namespace Renderer.Benchmarks.Catalog;

public sealed partial class SyntheticCatalog
{
    /// <summary>Node numbers whose agent is down (serfHealth critical): every instance on them is filtered out.</summary>
    private static readonly int[] DeadNodes = [17, 133];

    private NodeDraft CreateNode(int index)
    {
        var address = $"10.20.{index / 100}.{index % 100 + 10}";
        var dead = DeadNodes.Contains(index);
        return new NodeDraft(new CatalogNode
        {
            Name = $"worker-{index + 1:D3}",
            Address = address,
            Meta = StringMap.Create([
                new("rack", $"r{index % 20:D2}"),
                new("zone", SyntheticNames.Zones[index % SyntheticNames.Zones.Length]),
            ]),
            TaggedAddresses = StringMap.Create([new("lan", address), new("wan", $"198.51.{index / 250}.{index % 250 + 1}")]),
            Checks =
            [
                new InstanceCheck
                {
                    Id = "serfHealth",
                    Name = "Serf Health Status",
                    Status = dead ? HealthStatus.Critical : HealthStatus.Passing,
                    Output = dead ? "Agent not live or unreachable" : "Agent alive and reachable",
                },
            ],
        });
    }
}
