using Renderer.Core.Catalog;
using static Renderer.Core.Tests.Catalog.TestCatalog;

namespace Renderer.Core.Tests.Catalog;

public sealed class CatalogQueriesListTests
{
    [Fact]
    public void Services_are_sorted_by_name_with_tags_deduplicated_and_sorted_ordinally()
    {
        var queries = new CatalogQueries(Snapshot(
            Node("n1", "10.0.0.1", Service("web-1", "web", 80, "v2", "http"), Service("db-1", "db")),
            Node("n2", "10.0.0.2", Service("web-2", "web", 80, "http", "Canary"))));

        var services = queries.Services();

        Assert.Equal(["db", "web"], services.Select(service => service.Name));
        Assert.Empty(services[0].Tags);
        Assert.Equal(["Canary", "http", "v2"], services[1].Tags.ToArray());
    }

    [Fact]
    public void Services_list_every_service_whatever_its_health()
    {
        var queries = new CatalogQueries(Snapshot(Node("n1", "10.0.0.1", Service("star-1", "star").WithChecks(HealthStatus.Critical))));

        Assert.Equal("star", Assert.Single(queries.Services()).Name);
    }

    [Fact]
    public void Shuffled_input_gives_the_same_services()
    {
        var nodes = Enumerable.Range(0, 8)
            .Select(index => Node($"n{index}", $"10.0.0.{index}",
                Service($"s{index}", $"svc-{index % 3}", 80, $"t{index % 4}", $"u{index % 2}")))
            .ToArray();
        var expected = Picture(new CatalogQueries(Snapshot(nodes)).Services());

        foreach (var seed in Enumerable.Range(1, 10))
        {
            Assert.Equal(expected, Picture(new CatalogQueries(Snapshot(Shuffled(nodes, seed))).Services()));
        }
    }

    [Fact]
    public void Nodes_are_sorted_by_name_and_carry_their_datacenter()
    {
        var queries = new CatalogQueries(Snapshot(Node("consul-2", "192.168.0.130"), Node("consul-1", "192.168.0.129")));

        var nodes = queries.Nodes();

        Assert.Equal(["consul-1", "consul-2"], nodes.Select(node => node.Node));
        Assert.All(nodes, node => Assert.Equal("dc1", node.Datacenter));
    }

    [Fact]
    public void Node_meta_and_tagged_addresses_are_sorted_by_key()
    {
        var node = Node("n1", "10.0.0.1") with
        {
            TaggedAddresses = StringMap.Create([new("wan", "1.2.3.4"), new("lan", "10.0.0.1")]),
        };

        var summary = Assert.Single(new CatalogQueries(Snapshot(node)).Nodes());

        Assert.Equal(["lan", "wan"], summary.TaggedAddresses.Keys);
    }

    [Fact]
    public void Datacenters_are_sorted_and_include_the_local_one()
    {
        var snapshot = Snapshot() with { LocalDatacenter = Datacenter("eu-west"), RemoteDatacenters = [Datacenter("us-east"), Datacenter("ap-south")] };

        Assert.Equal(["ap-south", "eu-west", "us-east"], new CatalogQueries(snapshot).Datacenters().ToArray());
    }

    [Fact]
    public void The_same_datacenter_twice_makes_the_catalog_invalid()
    {
        var snapshot = Snapshot() with { RemoteDatacenters = [Datacenter("dc1")] };

        Assert.Throws<InvalidCatalogException>(() => new CatalogQueries(snapshot));
    }

    [Fact]
    public void A_service_summary_deduplicates_and_sorts_the_tags_it_is_given()
    {
        Assert.Equal(["a", "b"], ServiceSummary.Create("web", ["b", "a", "b"]).Tags.ToArray());
    }

    private static string Picture(IEnumerable<ServiceSummary> services) =>
        string.Join(" ", services.Select(service => $"{service.Name}[{string.Join(",", service.Tags)}]"));
}
