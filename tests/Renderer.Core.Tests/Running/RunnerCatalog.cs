using Renderer.Core.Catalog;
using Renderer.Core.Dependencies;

namespace Renderer.Core.Tests.Running;

/// <summary>Catalogs for runner tests: instances of <c>web</c> on one node, and KV entries.</summary>
internal static class RunnerCatalog
{
    public const string Upstream = """
        upstream web {
        {{~ for i in (service "web") ~}}
            server {{ nginx.address i }};
        {{~ end ~}}
        }

        """;

    public static DependencyKey WebKey { get; } = DependencyKey.ForService("web");

    public static DependencyKey Key(string path) => DependencyKey.ForKey(path);

    /// <summary>A catalog with one <c>web</c> instance per port, all on node n1 (10.0.0.1), and the given KV pairs.</summary>
    public static CatalogSnapshot With(int[] ports, params (string Key, string Value)[] kv) => new()
    {
        LocalDatacenter = new DatacenterCatalog
        {
            Name = "dc1",
            Nodes =
            [
                new CatalogNode
                {
                    Name = "n1",
                    Address = "10.0.0.1",
                    Services = [.. ports.Select(port => new CatalogService { Id = $"web-{port}", Name = "web", Port = port })],
                },
            ],
            Kv = StringMap.Create(kv.Select(pair => new KeyValuePair<string, string>(pair.Key, pair.Value))),
        },
    };

    public static CatalogSnapshot Web(params int[] ports) => With(ports);

    /// <summary>What <see cref="Upstream"/> renders for instances on these ports.</summary>
    public static string Rendered(params int[] ports) =>
        "upstream web {\n" + string.Concat(ports.Select(port => $"    server 10.0.0.1:{port};\n")) + "}\n";
}
