using Renderer.Core.Dependencies;
using Renderer.Core.Dependencies.Data;
using static Renderer.Core.Tests.Templating.TemplateHarness;

namespace Renderer.Core.Tests.Templating;

/// <summary>What a render records as used and missing: the watcher watches exactly this.</summary>
public sealed class RenderDependenciesTests
{
    [Fact]
    public void Dependencies_are_recorded_once_each_in_first_use_order()
    {
        var result = Render(
            "{{ key \"app/name\" }}{{ services }}{{ service \"web\" }}{{ key \"app/name\" }}{{ ls \"app\" }}{{ tree \"app/\" }}" +
            "{{ nodes }}{{ datacenters }}{{ service \"web\" \"passing\" }}{{ service \"web\" \"any\" }}");

        Assert.Equal<DependencyKey>(
            [
                DependencyKey.ForKey("app/name"),
                DependencyKey.ForServices(),
                DependencyKey.ForService("web"),
                DependencyKey.ForKeyPrefix("app"),
                DependencyKey.ForNodes(),
                DependencyKey.ForDatacenters(),
                DependencyKey.ForService("web", filter: Renderer.Core.Catalog.HealthFilter.Any),
            ],
            result.Used);
    }

    [Fact]
    public void Key_and_key_or_default_of_one_path_are_one_dependency()
    {
        Assert.Equal<DependencyKey>([DependencyKey.ForKey("app/name")], Render("{{ key \"app/name\" }}{{ key_or_default \"/app/name\" \"x\" }}").Used);
    }

    [Fact]
    public void A_dependency_read_in_a_loop_body_is_recorded_once()
    {
        var result = Render("{{ for s in services }}{{ service s.name }}{{ end }}");

        Assert.Equal(
            ["services", "service(api, passing)", "service(cache, passing)", "service(db, passing)", "service(web, passing)"],
            result.Used.Select(key => key.ToString()));
    }

    [Fact]
    public void A_dependency_in_a_branch_not_taken_is_not_recorded()
    {
        Assert.Equal<DependencyKey>([DependencyKey.ForKey("app/name")], Render("{{ if false }}{{ services }}{{ end }}{{ key \"app/name\" }}").Used);
    }

    [Fact]
    public void Data_that_has_not_arrived_is_missing_and_reads_as_empty()
    {
        var source = new PartialSource(DependencyKey.ForServices());

        var result = Render("[{{ services.size }}|{{ key_or_default \"x\" \"d\" }}|{{ service \"web\" }}]", source);

        Assert.Equal("[4|d|[]]", result.Text);
        Assert.Equal<DependencyKey>([DependencyKey.ForKey("x"), DependencyKey.ForService("web")], result.Missing);
    }

    [Fact]
    public void Key_or_default_waits_only_for_the_first_answer_and_not_for_the_key_to_exist()
    {
        var source = new PartialSource(DependencyKey.ForKey("x"));

        Assert.True(Render("{{ key_or_default \"x\" \"d\" }}", source).IsComplete);
    }

    [Fact]
    public void The_source_is_asked_once_per_dependency_and_render()
    {
        var source = new PartialSource(DependencyKey.ForServices());

        Render("{{ services }}{{ services }}{{ for s in services }}{{ end }}", source);

        Assert.Equal(1, source.Asked[DependencyKey.ForServices()]);
    }

    /// <summary>A source that has data only for the given keys (as the watcher before the other answers arrive).</summary>
    private sealed class PartialSource(params DependencyKey[] known) : IDependencyDataSource
    {
        private readonly CatalogDataSource _catalog = new(TemplateCatalog.Snapshot);

        public Dictionary<DependencyKey, int> Asked { get; } = [];

        public DependencyData? Get(DependencyKey key)
        {
            Asked[key] = Asked.GetValueOrDefault(key) + 1;
            return known.Contains(key) ? _catalog.Get(key) : null;
        }
    }
}
