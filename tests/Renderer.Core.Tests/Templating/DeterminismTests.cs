using Renderer.Core.Catalog;
using static Renderer.Core.Tests.Templating.TemplateHarness;

namespace Renderer.Core.Tests.Templating;

public sealed class DeterminismTests
{
    // Prints every list and every member a template can see.
    private const string Everything = """
        {{~ for s in services ~}}
        {{ s }}
        {{~ for i in (service s.name "any") ~}}
          {{ i }}
        {{~ end ~}}
        {{~ end ~}}
        {{ nodes }}
        {{ tree "" }}
        {{ datacenters }}
        {{ vars }}

        """;

    [Fact]
    public void The_same_catalog_in_any_order_renders_the_same_bytes()
    {
        var expected = Text(Everything, TemplateCatalog.Snapshot);

        foreach (var seed in Enumerable.Range(1, 8))
        {
            Assert.Equal(expected, Text(Everything, Shuffled(TemplateCatalog.Snapshot, seed)));
        }
    }

    [Fact]
    public void Variables_given_in_any_order_render_the_same_bytes()
    {
        var forward = EmptyEnvironment with { Variables = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2", ["c"] = "3" } };
        var backward = EmptyEnvironment with { Variables = new Dictionary<string, string> { ["c"] = "3", ["b"] = "2", ["a"] = "1" } };

        Assert.Equal(Text(Everything, environment: forward), Text(Everything, environment: backward));
    }

    [Fact]
    public void The_everything_template_shows_enough_to_make_the_determinism_test_meaningful()
    {
        var text = Text(Everything);

        Assert.Contains("web-1-http", text, StringComparison.Ordinal);
        Assert.Contains("limits/rate", text, StringComparison.Ordinal);
        Assert.Contains("203.0.113.12", text, StringComparison.Ordinal);
    }

    private static CatalogSnapshot Shuffled(CatalogSnapshot snapshot, int seed)
    {
        var random = new Random(seed);
        return snapshot with
        {
            LocalDatacenter = snapshot.LocalDatacenter with
            {
                Nodes = [.. Shuffle(snapshot.LocalDatacenter.Nodes, random).Select(node => node with
                {
                    Checks = [.. Shuffle(node.Checks, random)],
                    Services = [.. Shuffle(node.Services, random).Select(service => service with { Checks = [.. Shuffle(service.Checks, random)] })],
                })],
                // Insertion order must not matter either.
                Kv = StringMap.Create(Shuffle(snapshot.LocalDatacenter.Kv, random)),
            },
        };
    }

    private static T[] Shuffle<T>(IEnumerable<T> items, Random random)
    {
        var array = items.ToArray();
        random.Shuffle(array);
        return array;
    }
}
