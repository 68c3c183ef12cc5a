using static Renderer.Core.Tests.Templating.TemplateHarness;

namespace Renderer.Core.Tests.Templating;

public sealed class NodesAndDatacentersTests
{
    [Fact]
    public void Nodes_are_sorted_by_name_with_address_and_datacenter()
    {
        Assert.Equal(
            "db-1 2001:db8::5 dc1; web-1 10.0.0.11 dc1; web-2 10.0.0.12 dc1; ",
            Text("{{ for n in nodes }}{{ n.node }} {{ n.address }} {{ n.datacenter }}; {{ end }}"));
    }

    [Fact]
    public void A_node_has_exactly_the_members_of_the_contract()
    {
        Assert.Equal("[\"node\", \"address\", \"datacenter\", \"meta\", \"tagged_addresses\"]", Text("{{ nodes[0] | object.keys }}"));
    }

    [Fact]
    public void Node_meta_and_tagged_addresses_are_objects_sorted_by_key()
    {
        Assert.Equal(
            "{rack: \"r2\"} {lan: \"10.0.0.12\", wan: \"203.0.113.12\"}",
            Text("{{ n = nodes | array.last }}{{ n.meta }} {{ n.tagged_addresses }}"));
    }

    [Fact]
    public void Nodes_of_another_datacenter_are_read_with_an_at_argument()
    {
        Assert.Equal("far-1@dc2 ", Text("{{ for n in (nodes \"@dc2\") }}{{ n.node }}@{{ n.datacenter }} {{ end }}"));
    }

    [Fact]
    public void Datacenters_lists_every_datacenter_name_sorted()
    {
        Assert.Equal("[\"dc1\", \"dc2\"]", Text("{{ datacenters }}"));
    }
}
