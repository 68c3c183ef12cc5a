using Renderer.Core.Dependencies;
using static Renderer.Core.Tests.Templating.TemplateHarness;

namespace Renderer.Core.Tests.Templating;

public sealed class KvFunctionTests
{
    private static string Listing(string function, string prefix) =>
        Text($"{{{{ for e in ({function} \"{prefix}\") }}}}{{{{ e.key }}}}={{{{ e.value }}}} {{{{ end }}}}");

    [Fact]
    public void Key_returns_the_value_as_a_string()
    {
        Assert.Equal("shop:8080", Text("{{ key \"app/name\" }}:{{ key \"app/port\" }}"));
    }

    [Fact]
    public void Key_ignores_leading_slashes()
    {
        Assert.Equal("shop", Text("{{ key \"/app/name\" }}"));
    }

    [Fact]
    public void A_missing_key_makes_the_render_wait_for_it()
    {
        var result = Render("a{{ key \"app/missing\" }}b");

        Assert.False(result.IsComplete);
        Assert.Equal<DependencyKey>([DependencyKey.ForKey("app/missing")], result.Missing);
    }

    [Fact]
    public void A_missing_key_renders_the_rest_of_the_template_so_every_missing_key_is_found_at_once()
    {
        var result = Render("{{ key \"one\" }}{{ key \"app/name\" }}{{ key \"two\" }}");

        Assert.Equal("shop", result.Text);
        Assert.Equal<DependencyKey>([DependencyKey.ForKey("one"), DependencyKey.ForKey("two")], result.Missing);
    }

    [Fact]
    public void Key_or_default_returns_the_value_of_an_existing_key()
    {
        Assert.Equal("shop", Text("{{ key_or_default \"app/name\" \"none\" }}"));
    }

    [Fact]
    public void Key_or_default_returns_the_default_for_an_absent_key_without_waiting()
    {
        var result = Render("{{ key_or_default \"app/missing\" \"none\" }}");

        Assert.Equal(("none", true), (result.Text, result.IsComplete));
    }

    [Fact]
    public void Key_of_another_datacenter_is_not_read_through_an_at_suffix()
    {
        // KV paths are literal: an '@' is part of the key, as in Consul.
        Assert.Equal("none", Text("{{ key_or_default \"app/name@dc2\" \"none\" }}"));
    }

    [Fact]
    public void Ls_lists_only_the_direct_children_relative_to_the_prefix_and_sorted()
    {
        Assert.Equal("name=shop port=8080 ", Listing("ls", "app"));
    }

    [Fact]
    public void Ls_reads_a_prefix_with_or_without_its_trailing_slash_as_the_same_folder()
    {
        Assert.Equal(Listing("ls", "app"), Listing("ls", "app/"));
    }

    [Fact]
    public void Tree_lists_every_key_below_the_prefix_relative_and_sorted_without_folder_markers()
    {
        Assert.Equal("limits/rate=10 name=shop port=8080 ", Listing("tree", "app"));
    }

    [Fact]
    public void The_root_prefix_lists_the_whole_store()
    {
        Assert.Equal("motd=hello; world ", Listing("ls", ""));
    }

    [Fact]
    public void An_empty_prefix_listing_is_an_empty_array()
    {
        Assert.Equal("0", Text("{{ (tree \"nothing\").size }}"));
    }

    [Fact]
    public void An_empty_key_fails_with_a_positioned_error()
    {
        var error = Error("{{ key \"/\" }}");

        Assert.StartsWith($"{Name}(1,4) : error : KV key \"/\" is empty", error.Message, StringComparison.Ordinal);
    }
}
