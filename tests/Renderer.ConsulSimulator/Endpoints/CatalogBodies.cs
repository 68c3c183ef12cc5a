using Renderer.ConsulSimulator.Json;
using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Endpoints;

/// <summary>Maps the JSON of a catalog register request (spec §6.12) onto a <see cref="CatalogRegistration"/>.</summary>
internal static class CatalogBodies
{
    public static CatalogRegistration Registration(RequestBody body)
    {
        var checks = body.Objects("Checks").ToList();
        if (body.Object("Check") is { } single)
        {
            checks.Add(single);
        }

        return new CatalogRegistration(body.String("Node"), body.String("Address"))
        {
            Id = body.String("ID"),
            TaggedAddresses = body.StringMap("TaggedAddresses"),
            NodeMeta = body.StringMap("NodeMeta"),
            Service = body.Object("Service") is { } service ? Service(service) : null,
            Checks = checks.Select(Check).ToList(),
            SkipNodeUpdate = body.Boolean("SkipNodeUpdate"),
        };
    }

    /// <summary>A catalog NodeService body; also the shape of the seed and agent-independent registrations.</summary>
    public static ServiceRegistration Service(RequestBody body) => new(body.String("Service"))
    {
        Id = body.String("ID") is { Length: > 0 } id ? id : null,
        Tags = body.Strings("Tags"),
        Address = body.String("Address"),
        Port = body.Integer("Port"),
        Meta = body.StringMap("Meta"),
        TaggedAddresses = TaggedAddresses(body),
        Weights = body.Object("Weights") is { } weights ? new ServiceWeights(weights.Integer("Passing"), weights.Integer("Warning")) : null,
        EnableTagOverride = body.Boolean("EnableTagOverride"),
        Kind = body.String("Kind"),
    };

    public static IReadOnlyDictionary<string, ServiceAddress>? TaggedAddresses(RequestBody body)
    {
        var entries = body.ObjectMap("TaggedAddresses");
        return entries.Count == 0
            ? null
            : entries.ToDictionary(e => e.Key, e => new ServiceAddress(e.Value.String("Address"), e.Value.Integer("Port")), StringComparer.Ordinal);
    }

    private static CheckRegistration Check(RequestBody body)
    {
        var definition = body.Object("Definition");
        return new CheckRegistration(body.String("CheckID"))
        {
            Name = body.String("Name"),
            Status = body.String("Status"),
            ServiceId = body.String("ServiceID"),
            Notes = body.String("Notes"),
            Output = body.String("Output"),
            Type = body.String("Type"),
            Interval = definition?.String("Interval") ?? string.Empty,
            Timeout = definition?.String("Timeout") ?? string.Empty,
            Http = definition?.String("HTTP") ?? string.Empty,
            Tcp = definition?.String("TCP") ?? string.Empty,
        };
    }
}
