using System.Collections.Immutable;
using Renderer.Core.Catalog;

namespace Renderer.Core.Tests.Templating;

/// <summary>
/// The small catalog the template function tests render over, built in code: two web nodes and a database node
/// with an IPv6 address in dc1, a few KV entries, and a second datacenter.
/// </summary>
internal static class TemplateCatalog
{
    public static CatalogNode Web1 { get; } = new()
    {
        Name = "web-1",
        Address = "10.0.0.11",
        Meta = StringMap.Create([new("rack", "r1")]),
        Checks = [new InstanceCheck { Id = "serfHealth", Name = "Serf Health Status" }],
        Services =
        [
            new CatalogService
            {
                Id = "web-1",
                Name = "web",
                Tags = ["v1", "http"],
                Port = 8080,
                Meta = StringMap.Create([new("version", "1.4.2"), new("owner", "shop")]),
                Weights = new ServiceWeights(10, 2),
                Checks = [new InstanceCheck { Id = "web-1-http", Name = "HTTP on /health", Output = "200 OK" }],
            },
            new CatalogService
            {
                Id = "web-1b",
                Name = "web",
                Tags = ["http"],
                Address = "10.0.1.5",
                Port = 8081,
                Checks = [new InstanceCheck { Id = "web-1b-http", Name = "HTTP on /health", Status = HealthStatus.Warning, Output = "slow" }],
            },
            new CatalogService
            {
                Id = "api-1",
                Name = "api",
                Tags = ["grpc"],
                Port = 9090,
                Checks = [new InstanceCheck { Id = "api-1-grpc", Name = "gRPC", Status = HealthStatus.Critical, Output = "refused" }],
            },
        ],
    };

    public static CatalogNode Web2 { get; } = new()
    {
        Name = "web-2",
        Address = "10.0.0.12",
        Meta = StringMap.Create([new("rack", "r2")]),
        TaggedAddresses = StringMap.Create([new("lan", "10.0.0.12"), new("wan", "203.0.113.12")]),
        Services =
        [
            new CatalogService { Id = "web-2", Name = "web", Tags = ["http", "v2", "http"], Port = 8080 },
            new CatalogService { Id = "api-2", Name = "api", Tags = ["rest"], Port = 9090 },
            new CatalogService
            {
                Id = "cache-2",
                Name = "cache",
                Port = 6379,
                // A hand-written maintenance check recorded as passing still counts as critical.
                Checks = [new InstanceCheck { Id = "_service_maintenance:cache-2", Name = "Service Maintenance Mode" }],
            },
        ],
    };

    public static CatalogNode Db1 { get; } = new()
    {
        Name = "db-1",
        Address = "2001:db8::5",
        Services = [new CatalogService { Id = "db", Name = "db", Port = 5432 }],
    };

    public static ImmutableSortedDictionary<string, string> Kv { get; } = StringMap.Create(
    [
        new("app/name", "shop"),
        new("app/port", "8080"),
        new("app/", ""),
        new("app/limits/rate", "10"),
        new("app/limits/", ""),
        new("application/name", "other"),
        new("motd", "hello; world"),
    ]);

    public static DatacenterCatalog Dc2 { get; } = new()
    {
        Name = "dc2",
        Nodes = [new CatalogNode { Name = "far-1", Address = "10.9.0.1", Services = [new CatalogService { Id = "web", Name = "web", Port = 80 }] }],
        Kv = StringMap.Create([new("app/name", "shop-dc2")]),
    };

    public static CatalogSnapshot Snapshot { get; } = new()
    {
        LocalDatacenter = new DatacenterCatalog { Name = "dc1", Nodes = [Web2, Db1, Web1], Kv = Kv },
        RemoteDatacenters = [Dc2],
    };
}
