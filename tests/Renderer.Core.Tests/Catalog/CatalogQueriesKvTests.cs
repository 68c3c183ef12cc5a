using Renderer.Core.Catalog;
using static Renderer.Core.Tests.Catalog.TestCatalog;

namespace Renderer.Core.Tests.Catalog;

public sealed class CatalogQueriesKvTests
{
    private static readonly CatalogQueries Queries = new(Snapshot() with
    {
        LocalDatacenter = Datacenter("dc1") with
        {
            Kv = StringMap.Create([
                new("app/", ""),
                new("app/config/", ""),
                new("app/config/port", "8080"),
                new("app/config/tls/cert", "PEM"),
                new("app/name", "shop"),
                new("app/empty", ""),
                new("app/Zed", "upper"),
                new("application/name", "other"),
                new("top", "level"),
            ]),
        },
        RemoteDatacenters = [Datacenter("dc2") with { Kv = StringMap.Create([new("app/name", "far")]) }],
    });

    [Fact]
    public void Key_returns_the_value_of_an_existing_key()
    {
        Assert.Equal("shop", Queries.Key("app/name").Value);
    }

    [Fact]
    public void Key_reports_an_absent_key_as_missing_so_the_render_can_wait()
    {
        var result = Queries.Key("app/nope");

        Assert.True(result.IsMissing);
        Assert.Equal("app/nope", result.Key);
    }

    [Fact]
    public void A_key_with_an_empty_value_is_not_missing()
    {
        var result = Queries.Key("app/empty");

        Assert.False(result.IsMissing);
        Assert.Equal("", result.Value);
    }

    [Fact]
    public void Key_ignores_leading_slashes()
    {
        Assert.Equal("shop", Queries.Key("/app/name").Value);
    }

    [Fact]
    public void An_empty_key_is_refused()
    {
        var error = Assert.Throws<QueryArgumentException>(() => Queries.Key("/"));

        Assert.Equal("KV key \"/\" is empty; name a key such as \"app/config\".", error.Message);
    }

    [Fact]
    public void A_key_with_a_control_character_is_refused_showing_it_escaped()
    {
        var error = Assert.Throws<QueryArgumentException>(() => Queries.Key("app/\nname"));

        Assert.Equal("KV key \"app/\\nname\" contains the control character U+000A at index 4.", error.Message);
    }

    [Fact]
    public void Key_or_default_returns_the_value_when_the_key_exists()
    {
        Assert.Equal("shop", Queries.KeyOrDefault("app/name", "fallback"));
    }

    [Fact]
    public void Key_or_default_returns_the_default_when_the_key_is_absent()
    {
        Assert.Equal("fallback", Queries.KeyOrDefault("app/nope", "fallback"));
    }

    [Fact]
    public void Key_or_default_keeps_an_existing_empty_value()
    {
        Assert.Equal("", Queries.KeyOrDefault("app/empty", "fallback"));
    }

    [Fact]
    public void Ls_lists_direct_children_with_relative_keys_sorted_ordinally()
    {
        Assert.Equal(["Zed=upper", "empty=", "name=shop"], Picture(Queries.Ls("app")));
    }

    [Fact]
    public void Ls_treats_a_prefix_with_and_without_a_trailing_slash_alike()
    {
        Assert.Equal(Picture(Queries.Ls("app")), Picture(Queries.Ls("app/")));
    }

    [Fact]
    public void Ls_does_not_list_siblings_that_merely_share_the_string_prefix()
    {
        Assert.DoesNotContain(Queries.Ls("app"), entry => entry.Value == "other");
    }

    [Fact]
    public void Ls_of_the_root_lists_top_level_keys()
    {
        Assert.Equal(["top=level"], Picture(Queries.Ls("")));
        Assert.Equal(["top=level"], Picture(Queries.Ls("/")));
    }

    [Fact]
    public void Ls_of_an_absent_prefix_is_empty()
    {
        Assert.Empty(Queries.Ls("nope"));
    }

    [Fact]
    public void Tree_lists_every_key_below_the_prefix_recursively_with_relative_keys()
    {
        Assert.Equal(["Zed=upper", "config/port=8080", "config/tls/cert=PEM", "empty=", "name=shop"], Picture(Queries.Tree("app")));
    }

    [Fact]
    public void Tree_leaves_out_folder_markers()
    {
        Assert.DoesNotContain(Queries.Tree(""), entry => entry.Key.EndsWith('/'));
    }

    [Fact]
    public void Ls_is_exactly_the_tree_entries_without_a_slash()
    {
        var fromTree = Queries.Tree("app").Where(entry => !entry.Key.Contains('/', StringComparison.Ordinal));

        Assert.Equal(Picture(fromTree), Picture(Queries.Ls("app")));
    }

    [Fact]
    public void Kv_is_read_from_the_datacenter_asked_for()
    {
        Assert.Equal("far", Queries.Key("app/name", "dc2").Value);
    }

    [Fact]
    public void Listing_is_sorted_whatever_order_the_entries_arrive_in()
    {
        KeyValuePair<string, string>[] entries = [new("p/b", "2"), new("p/a", "1"), new("p/c/d", "3"), new("p/B", "0")];

        Assert.Equal(["B=0", "a=1", "b=2", "c/d=3"], Picture(KvListing.Tree("p", Shuffled(entries, 7))));
    }

    private static string[] Picture(IEnumerable<KvEntry> entries) =>
        [.. entries.Select(entry => $"{entry.Key}={entry.Value}")];
}
