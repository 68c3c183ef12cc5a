using System.Collections.Immutable;
using Renderer.Core.Catalog;
using Renderer.Core.Snapshots.Json;
using static Renderer.Core.Snapshots.CatalogFileNames;

namespace Renderer.Core.Snapshots;

/// <summary>Nodes and their services.</summary>
internal sealed partial class CatalogFileBinder
{
    private ImmutableArray<CatalogNode> BindNodes(ObjectReader datacenter, string datacenterName)
    {
        var nodes = ImmutableArray.CreateBuilder<CatalogNode>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (item, path) in datacenter.Items(Nodes))
        {
            var reader = ObjectReader.Open(item, path, problems, NodeProperties);
            var name = reader.RequiredString(Node);
            if (name.Length > 0 && !seen.TryAdd(name, reader.OffsetOf(Node)))
            {
                problems.Add(reader.OffsetOf(Node), reader.PathOf(Node),
                    $"node {ValueDisplay.Quote(name)} is given twice in datacenter {ValueDisplay.Quote(datacenterName)} " +
                    $"(first at {problems.PlaceOf(seen[name])})");
            }

            nodes.Add(BindNode(reader, name));
        }

        return nodes.ToImmutable();
    }

    private CatalogNode BindNode(ObjectReader node, string name)
    {
        var address = node.RequiredString(Address);
        var nodeChecks = BindChecks(node, service: null);
        var services = ImmutableArray.CreateBuilder<CatalogService>();
        var allChecks = new List<Bound<InstanceCheck>>(nodeChecks);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (item, path) in node.Items(Services))
        {
            var reader = ObjectReader.Open(item, path, problems, ServiceProperties);
            var (service, checks) = BindService(reader);
            if (service.Id.Length > 0 && !ids.TryAdd(service.Id, reader.OffsetOf(Id)))
            {
                problems.Add(reader.OffsetOf(Id), reader.PathOf(Id),
                    $"service ID {ValueDisplay.Quote(service.Id)} is used twice on node {ValueDisplay.Quote(name)} " +
                    $"(first at {problems.PlaceOf(ids[service.Id])}); give each instance its own \"id\"");
            }

            services.Add(service);
            allChecks.AddRange(checks);
        }

        RefuseDuplicateCheckIds(allChecks, name);
        return new CatalogNode
        {
            Name = name,
            Address = address,
            Meta = node.StringMap(Meta),
            TaggedAddresses = node.StringMap(TaggedAddresses),
            Checks = [.. nodeChecks.Select(check => check.Value)],
            Services = services.ToImmutable(),
        };
    }

    private (CatalogService Service, List<Bound<InstanceCheck>> Checks) BindService(ObjectReader reader)
    {
        var name = reader.RequiredString(Name);
        var id = reader.String(Id) ?? name;
        if (id.Length == 0 && reader.Get(Id) is not null)
        {
            problems.Add(reader.OffsetOf(Id), reader.PathOf(Id), $"\"{Id}\" must not be empty; leave it out to use the name");
        }

        var service = new CatalogService
        {
            Id = id,
            Name = name,
            Tags = reader.StringArray(Tags),
            Address = reader.String(Address) ?? "",
            Port = reader.Integer(Port, 0, 65535) ?? 0,
            Meta = reader.StringMap(Meta),
            Weights = BindWeights(reader),
        };
        var checks = BindChecks(reader, service);
        return (service with { Checks = [.. checks.Select(check => check.Value)] }, checks);
    }

    private ServiceWeights BindWeights(ObjectReader service)
    {
        var value = service.Get(Weights);
        if (value is null)
        {
            return ServiceWeights.Default;
        }

        // Consul refuses a passing weight below 1 and a negative warning weight.
        var weights = ObjectReader.Open(value, service.PathOf(Weights), problems, WeightsProperties);
        return new ServiceWeights(
            weights.Integer(Passing, 1, int.MaxValue) ?? ServiceWeights.Default.Passing,
            weights.Integer(Warning, 0, int.MaxValue) ?? ServiceWeights.Default.Warning);
    }
}
