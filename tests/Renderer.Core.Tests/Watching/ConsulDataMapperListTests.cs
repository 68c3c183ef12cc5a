using Renderer.Core.Watching;
using static Renderer.Core.Tests.Watching.ConsulEntries;

namespace Renderer.Core.Tests.Watching;

public sealed class ConsulDataMapperListTests
{
    [Fact]
    public void Services_are_sorted_by_name_with_tags_deduplicated_and_sorted()
    {
        var data = ConsulDataMapper.Services(new Dictionary<string, IReadOnlyList<string>>
        {
            ["web"] = ["v2", "http", "v2"],
            ["api"] = [],
            ["Cache"] = ["b", "a"],
        });

        Assert.Equal(["Cache[a,b]", "api[]", "web[http,v2]"], data.Services.Select(service => $"{service.Name}[{string.Join(",", service.Tags)}]"));
    }

    [Fact]
    public void Nodes_are_sorted_by_name_with_their_datacenter()
    {
        var data = ConsulDataMapper.Nodes([Node("n2", "10.0.0.2", ""), Node("n1", "10.0.0.1", "east")], "dc1");

        Assert.Equal(["n1@east", "n2@dc1"], data.Nodes.Select(node => $"{node.Node}@{node.Datacenter}"));
    }

    [Fact]
    public void Node_meta_and_tagged_addresses_are_kept_sorted_by_key()
    {
        var node = Node("n1", "10.0.0.1") with
        {
            Meta = new Dictionary<string, string> { ["zone"] = "a", ["rack"] = "r1" },
            TaggedAddresses = new Dictionary<string, string> { ["wan"] = "203.0.113.1", ["lan"] = "10.0.0.1" },
        };

        var summary = Assert.Single(ConsulDataMapper.Nodes([node], "dc1").Nodes);

        Assert.Equal(["rack", "zone"], summary.Meta.Keys);
        Assert.Equal(["lan", "wan"], summary.TaggedAddresses.Keys);
    }

    [Fact]
    public void Datacenters_are_sorted_ordinally()
    {
        Assert.Equal<string>(["Zeta", "alpha", "dc1"], ConsulDataMapper.Datacenters(["dc1", "alpha", "Zeta"]).Names);
    }
}
