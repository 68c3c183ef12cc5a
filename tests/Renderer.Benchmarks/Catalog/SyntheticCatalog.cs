using System.Collections.Immutable;
using Renderer.Core.Catalog;

namespace Renderer.Benchmarks.Catalog;

/// <summary>
/// A deterministic catalog shaped like a large registrator-fed cluster: half the services tagged <c>http</c>,
/// three in eight tagged <c>tcp</c> with a <c>-PORT</c> name (a few without, which the stream template skips), the
/// rest internal; instances with meta, weights, a service check and the node's <c>serfHealth</c>; a few percent
/// warning, critical or in maintenance, and two dead nodes, so the <c>passing</c> filter has work to do.
/// </summary>
/// <remarks>
/// <see cref="Random"/> with a seed uses the same algorithm on every .NET version, so the catalog (and the
/// rendered output the Go comparison checks byte for byte) does not change between machines.
/// </remarks>
public sealed partial class SyntheticCatalog
{
    private const string DatacenterName = "dc1";

    private readonly SyntheticCatalogShape _shape;
    private readonly Random _random;
    private readonly NodeDraft[] _nodes;

    private SyntheticCatalog(SyntheticCatalogShape shape)
    {
        _shape = shape;
        _random = new Random(shape.Seed);
        _nodes = [.. Enumerable.Range(0, shape.Nodes).Select(CreateNode)];
    }

    /// <summary>Builds the catalog of <paramref name="shape"/> (default <see cref="SyntheticCatalogShape.Default"/>).</summary>
    public static CatalogSnapshot Create(SyntheticCatalogShape? shape = null)
    {
        shape ??= SyntheticCatalogShape.Default;
        if (shape.InstancesPerService > shape.Nodes)
        {
            throw new ArgumentException(
                $"{shape.InstancesPerService} instances per service need at least as many nodes (got {shape.Nodes}).", nameof(shape));
        }

        return new SyntheticCatalog(shape).Build();
    }

    private CatalogSnapshot Build()
    {
        var names = ServiceNames();
        var tcpCount = 0;
        for (var index = 0; index < names.Count; index++)
        {
            var kind = KindOf(index);
            var name = kind == ServiceKind.Tcp ? TcpName(names[index], index, tcpCount++) : names[index];
            AddInstances(new ServiceDraft(name, kind, Tags(kind), Team: Pick(SyntheticNames.Teams), Version: Version()));
        }

        var nodes = _nodes.Select(draft => draft.Node with { Services = [.. draft.Services] });
        return new CatalogSnapshot
        {
            LocalDatacenter = new DatacenterCatalog { Name = DatacenterName, Nodes = [.. nodes] },
        };
    }

    /// <summary>The names in a seeded shuffle, so the kinds are not grouped by domain.</summary>
    private List<string> ServiceNames()
    {
        var pool = SyntheticNames.All().ToArray();
        var names = new List<string>(_shape.Services);
        for (var round = 0; names.Count < _shape.Services; round++)
        {
            names.AddRange(pool.Take(_shape.Services - names.Count).Select(name => round == 0 ? name : $"{name}{round + 1}"));
        }

        var shuffled = names.ToArray();
        _random.Shuffle(shuffled);
        return [.. shuffled];
    }

    /// <summary>Of every 40 services, 20 http, 15 tcp and 5 internal: about 750 KB of nginx.conf for 1,000 services.</summary>
    private static ServiceKind KindOf(int index) => (index % 40) switch
    {
        < 20 => ServiceKind.Http,
        < 35 => ServiceKind.Tcp,
        _ => ServiceKind.Internal,
    };

    /// <summary>"search-cache-10042"; one tcp service in sixty keeps a name without a port (a registration mistake).</summary>
    private static string TcpName(string name, int index, int tcpIndex) =>
        tcpIndex % 60 == 59 ? name + "-legacy" : $"{name}-{10_000 + index}";

    private ImmutableArray<string> Tags(ServiceKind kind) => kind switch
    {
        ServiceKind.Http => ["http", $"v{_random.Next(1, 4)}", "traefik.enable=false"],
        ServiceKind.Tcp => ["tcp", Pick(["db", "cache", "queue"])],
        _ => _random.Next(2) == 0 ? ["grpc"] : ["internal", "metrics"],
    };

    private string Version() => $"{_random.Next(1, 5)}.{_random.Next(0, 20)}.{_random.Next(0, 50)}";

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
