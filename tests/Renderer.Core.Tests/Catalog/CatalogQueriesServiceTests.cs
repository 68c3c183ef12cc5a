using Renderer.Core.Catalog;
using static Renderer.Core.Tests.Catalog.TestCatalog;

namespace Renderer.Core.Tests.Catalog;

public sealed class CatalogQueriesServiceTests
{
    [Fact]
    public void Instances_are_sorted_by_node_then_id()
    {
        var queries = new CatalogQueries(Snapshot(
            Node("node-b", "10.0.0.2", Service("web-2", "web"), Service("web-1", "web")),
            Node("node-a", "10.0.0.1", Service("web-9", "web"))));

        Assert.Equal("node-a/web-9 node-b/web-1 node-b/web-2", Describe(queries.Service("web")));
    }

    [Fact]
    public void Ordering_is_ordinal_so_upper_case_sorts_before_lower_case()
    {
        var queries = new CatalogQueries(Snapshot(
            Node("node-a", "10.0.0.1", Service("web", "web")),
            Node("Node-b", "10.0.0.2", Service("web", "web")),
            Node("node-10", "10.0.0.3", Service("web", "web"))));

        Assert.Equal("Node-b/web node-10/web node-a/web", Describe(queries.Service("web")));
    }

    [Fact]
    public void Shuffled_nodes_and_services_give_the_same_instances_in_the_same_order()
    {
        var nodes = Enumerable.Range(0, 12)
            .Select(index => Node($"node-{index % 5}-{index}", $"10.0.0.{index}",
                Service($"web-{index}", "web", 8000 + index), Service($"api-{index}", "api")))
            .ToArray();
        var expected = Describe(new CatalogQueries(Snapshot(nodes)).Service("web"));

        foreach (var seed in Enumerable.Range(1, 10))
        {
            var shuffled = Shuffled(nodes, seed).Select(node => node with { Services = [.. Shuffled(node.Services, seed)] });
            Assert.Equal(expected, Describe(new CatalogQueries(Snapshot([.. shuffled])).Service("web")));
        }
    }

    [Fact]
    public void By_default_only_passing_instances_are_returned()
    {
        var queries = new CatalogQueries(Snapshot(Node("n1", "10.0.0.1",
            Service("star-1", "star").WithChecks(HealthStatus.Passing),
            Service("star-2", "star").WithChecks(HealthStatus.Warning),
            Service("star-3", "star").WithChecks(HealthStatus.Critical))));

        Assert.Equal("n1/star-1", Describe(queries.Service("star")));
    }

    [Fact]
    public void The_any_filter_returns_every_instance()
    {
        var queries = new CatalogQueries(Snapshot(Node("n1", "10.0.0.1",
            Service("star-1", "star").WithChecks(HealthStatus.Passing),
            Service("star-2", "star").WithChecks(HealthStatus.Critical))));

        Assert.Equal("n1/star-1 n1/star-2", Describe(queries.Service("star", filter: HealthFilter.Any)));
    }

    [Fact]
    public void A_passing_and_warning_filter_leaves_out_critical_instances()
    {
        var queries = new CatalogQueries(Snapshot(Node("n1", "10.0.0.1",
            Service("star-1", "star").WithChecks(HealthStatus.Passing),
            Service("star-2", "star").WithChecks(HealthStatus.Warning),
            Service("star-3", "star").WithChecks(HealthStatus.Critical))));

        Assert.Equal("n1/star-1 n1/star-2", Describe(queries.Service("star", filter: HealthFilter.Parse("passing,warning"))));
    }

    [Fact]
    public void An_instance_in_maintenance_is_left_out_by_passing_and_returned_by_critical()
    {
        var maintenance = Service("star-1", "star") with
        {
            Checks = [Check("_service_maintenance:star-1", HealthStatus.Critical), Check("service:star-1", HealthStatus.Passing)],
        };
        var queries = new CatalogQueries(Snapshot(Node("n1", "10.0.0.1", maintenance)));

        Assert.Empty(queries.Service("star"));
        Assert.Equal("n1/star-1", Describe(queries.Service("star", filter: HealthFilter.Parse("critical"))));
    }

    [Fact]
    public void A_node_check_failing_removes_every_instance_on_that_node()
    {
        var node = Node("n1", "10.0.0.1", Service("star-1", "star"), Service("web-1", "web")) with
        {
            Checks = [Check("serfHealth", HealthStatus.Critical)],
        };
        var queries = new CatalogQueries(Snapshot(node));

        Assert.Empty(queries.Service("star"));
        Assert.Empty(queries.Service("web"));
    }

    [Fact]
    public void A_tag_returns_only_instances_carrying_it()
    {
        var queries = new CatalogQueries(Snapshot(Node("n1", "10.0.0.1",
            Service("web-1", "web", 80, "http", "v1"), Service("web-2", "web", 81, "v2"))));

        Assert.Equal("n1/web-1", Describe(queries.Service("web", tag: "http")));
    }

    [Fact]
    public void Name_and_tag_match_without_regard_to_case_as_in_consul()
    {
        var queries = new CatalogQueries(Snapshot(Node("n1", "10.0.0.1", Service("web-1", "web", 80, "HTTP"))));

        Assert.Equal("n1/web-1", Describe(queries.Service("Web", tag: "http")));
    }

    [Fact]
    public void An_unknown_service_gives_an_empty_list()
    {
        var queries = new CatalogQueries(Snapshot(Node("n1", "10.0.0.1", Service("web-1", "web"))));

        Assert.Empty(queries.Service("nope", filter: HealthFilter.Any));
    }

    [Fact]
    public void A_datacenter_argument_reads_that_datacenter()
    {
        var snapshot = Snapshot(Node("n1", "10.0.0.1", Service("web-1", "web"))) with
        {
            RemoteDatacenters = [Datacenter("dc2", Node("far-1", "10.9.0.1", Service("web-7", "web")))],
        };
        var queries = new CatalogQueries(snapshot);

        var instances = queries.Service("web", datacenter: "dc2");

        Assert.Equal("far-1/web-7", Describe(instances));
        Assert.Equal("dc2", Assert.Single(instances).Datacenter);
    }

    [Fact]
    public void An_unknown_datacenter_is_an_error_naming_it_and_the_known_ones()
    {
        var snapshot = Snapshot() with { RemoteDatacenters = [Datacenter("dc2")] };

        var error = Assert.Throws<UnknownDatacenterException>(() => new CatalogQueries(snapshot).Service("web", datacenter: "dc3"));

        Assert.Equal("Unknown datacenter \"dc3\": the catalog holds \"dc1\", \"dc2\".", error.Message);
    }

    [Fact]
    public void Two_services_with_one_id_on_a_node_make_the_catalog_invalid()
    {
        var snapshot = Snapshot(Node("n1", "10.0.0.1", Service("web", "web"), Service("web", "web", 81)));

        var error = Assert.Throws<InvalidCatalogException>(() => new CatalogQueries(snapshot));

        Assert.Contains("two services with ID \"web\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_nodes_with_one_name_make_the_catalog_invalid()
    {
        var snapshot = Snapshot(Node("n1", "10.0.0.1"), Node("n1", "10.0.0.2"));

        Assert.Throws<InvalidCatalogException>(() => new CatalogQueries(snapshot));
    }
}
