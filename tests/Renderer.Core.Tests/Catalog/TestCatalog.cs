using Renderer.Core.Catalog;

namespace Renderer.Core.Tests.Catalog;

/// <summary>Short constructors for catalogs in tests.</summary>
internal static class TestCatalog
{
    public static CatalogSnapshot Snapshot(params CatalogNode[] nodes) =>
        new() { LocalDatacenter = Datacenter("dc1", nodes) };

    public static DatacenterCatalog Datacenter(string name, params CatalogNode[] nodes) =>
        new() { Name = name, Nodes = [.. nodes] };

    public static CatalogNode Node(string name, string address, params CatalogService[] services) =>
        new() { Name = name, Address = address, Services = [.. services] };

    public static CatalogService Service(string id, string name, int port = 80, params string[] tags) =>
        new() { Id = id, Name = name, Port = port, Tags = [.. tags] };

    public static CatalogService WithChecks(this CatalogService service, params HealthStatus[] statuses) =>
        service with { Checks = [.. statuses.Select((status, index) => Check($"{service.Id}-check-{index}", status))] };

    public static InstanceCheck Check(string id, HealthStatus status) => new() { Id = id, Name = id, Status = status };

    /// <summary>The same items in a different, seed-determined order.</summary>
    public static T[] Shuffled<T>(IEnumerable<T> items, int seed)
    {
        var array = items.ToArray();
        new Random(seed).Shuffle(array);
        return array;
    }

    /// <summary>A one-line picture of instances, for comparing orders.</summary>
    public static string Describe(IEnumerable<ServiceInstance> instances) =>
        string.Join(" ", instances.Select(instance => $"{instance.Node}/{instance.Id}"));
}
