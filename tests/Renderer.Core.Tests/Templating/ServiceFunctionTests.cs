using static Renderer.Core.Tests.Templating.TemplateHarness;

namespace Renderer.Core.Tests.Templating;

public sealed class ServiceFunctionTests
{
    private static string Ids(string arguments) =>
        Text($"{{{{ for i in (service {arguments}) }}}}{{{{ i.node }}}}/{{{{ i.id }}}} {{{{ end }}}}");

    [Fact]
    public void Instances_are_sorted_by_node_then_id()
    {
        Assert.Equal("web-1/web-1 web-1/web-1b web-2/web-2 ", Ids("\"web\" \"any\""));
    }

    [Fact]
    public void Only_passing_instances_are_returned_by_default()
    {
        Assert.Equal("web-1/web-1 web-2/web-2 ", Ids("\"web\""));
    }

    [Fact]
    public void The_passing_filter_written_out_is_the_default()
    {
        Assert.Equal(Ids("\"web\""), Ids("\"web\" \"passing\""));
    }

    [Fact]
    public void The_any_filter_returns_every_instance_whatever_its_status()
    {
        Assert.Equal("web-1/api-1 web-2/api-2 ", Ids("\"api\" \"any\""));
    }

    [Fact]
    public void A_comma_list_filter_accepts_each_listed_status()
    {
        Assert.Equal("web-1/web-1 web-1/web-1b web-2/web-2 ", Ids("\"web\" \"passing,warning\""));
    }

    [Fact]
    public void A_critical_filter_returns_only_critical_instances()
    {
        Assert.Equal("web-1/api-1 ", Ids("\"api\" \"critical\""));
    }

    [Fact]
    public void An_instance_in_maintenance_counts_as_critical()
    {
        Assert.Equal("", Ids("\"cache\""));
        Assert.Equal("web-2/cache-2 ", Ids("\"cache\" \"critical\""));
    }

    [Fact]
    public void A_tag_dot_name_argument_returns_only_the_instances_with_that_tag()
    {
        Assert.Equal("web-1/web-1 ", Ids("\"v1.web\""));
    }

    [Fact]
    public void A_name_at_dc_argument_reads_the_other_datacenter()
    {
        Assert.Equal("far-1/web ", Ids("\"web@dc2\""));
    }

    [Fact]
    public void A_tag_dot_name_at_dc_argument_combines_tag_and_datacenter()
    {
        Assert.Equal("", Ids("\"http.web@dc2\""));
    }

    [Fact]
    public void An_unknown_service_gives_an_empty_list()
    {
        Assert.Equal("0", Text("{{ (service \"nothing\").size }}"));
    }

    [Theory]
    [InlineData("a@", "has no datacenter after '@'")]
    [InlineData("@dc1", "has no service name")]
    [InlineData(".web", "has an empty tag before '.'")]
    [InlineData("web.", "has no service name")]
    [InlineData("web@dc1@dc2", "has more than one '@'")]
    [InlineData("my web", "contains ' ' (U+0020), which is not allowed")]
    public void A_malformed_service_argument_fails_with_a_positioned_error_naming_it(string argument, string reason)
    {
        var error = Error($"x\n{{{{ service \"{argument}\" }}}}");

        Assert.StartsWith($"{Name}(2,4) : error : ", error.Message, StringComparison.Ordinal);
        Assert.Contains($"\"{argument}\"", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_health_filter_fails_with_an_error_listing_the_accepted_ones()
    {
        var error = Error("{{ service \"web\" \"healthy\" }}");

        Assert.Contains("Health filter \"healthy\" names the unknown status \"healthy\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("accepted: \"any\", \"passing\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Maintenance_is_refused_as_a_filter_because_it_counts_as_critical()
    {
        var error = Error("{{ service \"web\" \"maintenance\" }}");

        Assert.Contains("an instance in maintenance counts as \"critical\"", error.Message, StringComparison.Ordinal);
    }
}
