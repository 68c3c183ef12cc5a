using static Renderer.Core.Tests.Templating.TemplateHarness;

namespace Renderer.Core.Tests.Templating;

public sealed class ServicesFunctionTests
{
    private const string List = "{{ for s in services }}{{ s.name }}[{{ s.tags | array.join \",\" }}] {{ end }}";

    [Fact]
    public void Services_are_sorted_by_name_with_their_tags_deduplicated_and_sorted()
    {
        Assert.Equal("api[grpc,rest] cache[] db[] web[http,v1,v2] ", Text(List));
    }

    [Fact]
    public void Services_of_another_datacenter_are_read_with_an_at_argument()
    {
        Assert.Equal("web ", Text("{{ for s in (services \"@dc2\") }}{{ s.name }} {{ end }}"));
    }

    [Fact]
    public void A_service_entry_has_exactly_the_members_name_and_tags()
    {
        Assert.Equal("[\"name\", \"tags\"]", Text("{{ (services | array.first) | object.keys }}"));
    }

    [Fact]
    public void An_unknown_datacenter_fails_the_render_with_a_positioned_error_naming_it()
    {
        var error = Error("{{ services \"@nowhere\" }}");

        Assert.StartsWith($"{Name}(1,4) : error : ", error.Message, StringComparison.Ordinal);
        Assert.Contains("Unknown datacenter \"nowhere\": the catalog holds \"dc1\", \"dc2\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_datacenter_argument_without_at_is_refused_with_a_hint()
    {
        var error = Error("{{ services \"dc2\" }}");

        Assert.Contains("Datacenter argument \"dc2\" must start with '@' (write \"@dc2\")", error.Message, StringComparison.Ordinal);
    }
}
