using System.Collections.Immutable;
using Renderer.Core.Catalog;

namespace Renderer.Benchmarks.Catalog;

public sealed partial class SyntheticCatalog
{
    /// <summary>Places the instances of <paramref name="service"/> on distinct nodes drawn at random.</summary>
    private void AddInstances(ServiceDraft service)
    {
        var nodeIndexes = Enumerable.Range(0, _nodes.Length).ToArray();
        for (var instance = 0; instance < _shape.InstancesPerService; instance++)
        {
            var pick = _random.Next(instance, nodeIndexes.Length);
            (nodeIndexes[instance], nodeIndexes[pick]) = (nodeIndexes[pick], nodeIndexes[instance]);
            var node = _nodes[nodeIndexes[instance]];
            node.Services.Add(CreateInstance(service, node.Node, instance));
        }
    }

    private CatalogService CreateInstance(ServiceDraft service, CatalogNode node, int instance)
    {
        var id = $"{service.Name}-{instance + 1:D2}";
        var address = InstanceAddress(node);
        var port = _random.Next(20_000, 60_000);
        var endpoint = (address.Length == 0 ? node.Address : address) + ":" + port;
        return new CatalogService
        {
            Id = id,
            Name = service.Name,
            Tags = _random.Next(10) == 0 ? service.Tags.Add("canary") : service.Tags,
            Address = address,
            Port = port,
            Meta = StringMap.Create([
                new("commit", _random.Next(0x1000000, 0x10000000).ToString("x7", System.Globalization.CultureInfo.InvariantCulture)),
                new("team", service.Team),
                new("version", service.Version),
            ]),
            Weights = _random.Next(10) == 0 ? new ServiceWeights(10, 1) : ServiceWeights.Default,
            Checks = ServiceChecks(service, id, endpoint),
        };
    }

    /// <summary>Mostly the node's address (given or left empty), some container addresses, a few IPv6 ones.</summary>
    private string InstanceAddress(CatalogNode node) => _random.Next(100) switch
    {
        < 30 => "",
        < 90 => node.Address,
        < 98 => $"172.{_random.Next(16, 32)}.{_random.Next(256)}.{_random.Next(2, 255)}",
        _ => $"fd00:{_random.Next(0x10000):x}::{_random.Next(1, 0x10000):x}",
    };

    /// <summary>95.5 % passing, 2 % warning, 2 % critical, 0.5 % in maintenance.</summary>
    private ImmutableArray<InstanceCheck> ServiceChecks(ServiceDraft service, string id, string endpoint)
    {
        var roll = _random.Next(1000);
        var (status, output) = service.Kind == ServiceKind.Http
            ? roll switch
            {
                < 975 and >= 955 => (HealthStatus.Warning, $"HTTP GET http://{endpoint}/health: 429 Too Many Requests Output: slow down"),
                < 995 and >= 975 => (HealthStatus.Critical, $"Get \"http://{endpoint}/health\": dial tcp {endpoint}: connect: connection refused"),
                _ => (HealthStatus.Passing, $"HTTP GET http://{endpoint}/health: 200 OK Output: {{\"status\":\"UP\"}}"),
            }
            : roll switch
            {
                < 975 and >= 955 => (HealthStatus.Warning, $"TCP connect {endpoint}: slow handshake"),
                < 995 and >= 975 => (HealthStatus.Critical, $"dial tcp {endpoint}: connect: connection refused"),
                _ => (HealthStatus.Passing, $"TCP connect {endpoint}: Success"),
            };
        var check = new InstanceCheck { Id = "service:" + id, Name = $"Service '{service.Name}' check", Status = status, Output = output };
        return roll < 995 ? [check] :
        [
            check,
            new InstanceCheck
            {
                Id = "_service_maintenance:" + id,
                Name = "Service Maintenance Mode",
                Status = HealthStatus.Critical,
                Output = "Maintenance mode is enabled for this service, but no reason was provided.",
            },
        ];
    }
}
