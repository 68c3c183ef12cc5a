using static Renderer.Core.Tests.Templating.TemplateHarness;

namespace Renderer.Core.Tests.Templating;

/// <summary>The members of the instance object of template-api.md, read from the instances of <see cref="TemplateCatalog"/>.</summary>
public sealed class InstanceMembersTests
{
    /// <summary>Renders <paramref name="expression"/> with <c>i</c> bound to the instance of <paramref name="instanceId"/>.</summary>
    private static string Member(string instanceId, string expression, string service = "web") =>
        Text($"{{{{ for i in (service \"{service}\" \"any\") }}}}{{{{ if i.id == \"{instanceId}\" }}}}{{{{ {expression} }}}}{{{{ end }}}}{{{{ end }}}}");

    [Fact]
    public void An_instance_has_exactly_the_members_of_the_contract()
    {
        Assert.Equal(
            "[\"id\", \"name\", \"node\", \"address\", \"port\", \"tags\", \"meta\", \"node_address\", \"node_meta\", \"datacenter\", \"status\", \"checks\", \"weights\"]",
            Member("web-1", "i | object.keys"));
    }

    [Fact]
    public void Id_name_and_node_name_the_service_instance_and_its_node()
    {
        Assert.Equal("web-1b web web-1", Member("web-1b", "i.id + \" \" + i.name + \" \" + i.node"));
    }

    [Fact]
    public void Address_is_the_node_address_when_the_service_has_none()
    {
        Assert.Equal("10.0.0.11", Member("web-1", "i.address"));
    }

    [Fact]
    public void Address_is_the_service_address_when_the_service_has_one()
    {
        Assert.Equal("10.0.1.5", Member("web-1b", "i.address"));
    }

    [Fact]
    public void Node_address_is_the_node_address_even_when_the_service_has_its_own()
    {
        Assert.Equal("10.0.0.11", Member("web-1b", "i.node_address"));
    }

    [Fact]
    public void Port_is_an_integer()
    {
        Assert.Equal("8082 number", Member("web-1b", "(i.port + 1) + \" \" + (i.port | object.typeof)"));
    }

    [Fact]
    public void Tags_keep_consuls_order()
    {
        Assert.Equal("[\"v1\", \"http\"]", Member("web-1", "i.tags"));
    }

    [Fact]
    public void Meta_is_an_object_of_strings_sorted_by_key()
    {
        Assert.Equal("{owner: \"shop\", version: \"1.4.2\"}", Member("web-1", "i.meta"));
    }

    [Fact]
    public void Node_meta_is_the_nodes_meta()
    {
        Assert.Equal("r1", Member("web-1b", "i.node_meta.rack"));
    }

    [Fact]
    public void Datacenter_is_the_datacenter_the_instance_was_read_from()
    {
        Assert.Equal("dc1", Member("web-1", "i.datacenter"));
        Assert.Equal("dc2", Text("{{ for i in (service \"web@dc2\") }}{{ i.datacenter }}{{ end }}"));
    }

    [Theory]
    [InlineData("web-1", "web", "passing")]
    [InlineData("web-1b", "web", "warning")]
    [InlineData("api-1", "api", "critical")]
    [InlineData("cache-2", "cache", "critical")]
    public void Status_is_the_worst_status_over_the_checks(string id, string service, string status)
    {
        Assert.Equal(status, Member(id, "i.status", service));
    }

    [Fact]
    public void Checks_hold_node_and_service_checks_sorted_by_id_with_their_service_id()
    {
        Assert.Equal(
            "serfHealth|Serf Health Status|passing||; web-1-http|HTTP on /health|passing|200 OK|web-1; ",
            Member("web-1", "for c in i.checks; c.id + \"|\" + c.name + \"|\" + c.status + \"|\" + c.output + \"|\" + c.service_id + \"; \"; end"));
    }

    [Fact]
    public void A_maintenance_check_reports_critical_whatever_status_it_was_stored_with()
    {
        Assert.Equal("critical", Member("cache-2", "i.checks[0].status", "cache"));
    }

    [Fact]
    public void Weights_hold_passing_and_warning()
    {
        Assert.Equal("{passing: 10, warning: 2}", Member("web-1", "i.weights"));
    }

    [Fact]
    public void Weights_default_to_one_and_one()
    {
        Assert.Equal("{passing: 1, warning: 1}", Member("web-1b", "i.weights"));
    }
}
