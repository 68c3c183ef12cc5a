using System.Net;
using System.Net.Sockets;
using Renderer.ConsulSimulator.Http;
using Renderer.ConsulSimulator.Json;
using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Endpoints;

/// <summary>
/// The agent's service definition (spec §6.13): validation with the agent's 400 messages, default
/// tagged addresses for an IP address, and the generated check IDs and names.
/// </summary>
internal static class AgentServiceBodies
{
    public static ServiceRegistration Service(RequestBody body)
    {
        var name = body.String("Name");
        if (name.Length == 0)
        {
            throw ConsulHttpError.BadRequest("Missing service name");
        }

        var address = body.String("Address");
        if (address is "0.0.0.0" or "::" or "[::]")
        {
            throw ConsulHttpError.BadRequest("Invalid service address");
        }

        var weights = body.Object("Weights") is { } w ? new ServiceWeights(w.Integer("Passing"), w.Integer("Warning")) : null;
        ValidateWeights(weights);
        var meta = body.StringMap("Meta");
        ValidateMeta(meta);
        var port = body.Integer("Port");
        return new ServiceRegistration(name)
        {
            Id = body.String("ID") is { Length: > 0 } id ? id : null,
            Tags = body.Strings("Tags"),
            Address = address,
            Port = port,
            Meta = meta,
            TaggedAddresses = WithDefaultTaggedAddresses(CatalogBodies.TaggedAddresses(body), address, port),
            Weights = weights,
            EnableTagOverride = body.Boolean("EnableTagOverride"),
            Kind = body.String("Kind"),
        };
    }

    /// <summary>The service's checks with generated IDs (<c>service:ID</c>, or <c>service:ID:n</c> for several).</summary>
    public static IReadOnlyList<CheckRegistration> Checks(RequestBody body, ServiceRegistration service)
    {
        var definitions = body.Objects("Checks").ToList();
        if (body.Object("Check") is { } single)
        {
            definitions.Insert(0, single);
        }

        return definitions.Select((definition, i) =>
        {
            var check = AgentCheckBodies.Check(definition);
            var id = check.CheckId.Length > 0 ? check.CheckId
                : definitions.Count > 1 ? $"service:{service.EffectiveId}:{i + 1}" : $"service:{service.EffectiveId}";
            var name = check.Name.Length > 0 ? check.Name : $"Service '{service.Name}' check";
            return check with { CheckId = id, Name = name, ServiceId = service.EffectiveId };
        }).ToList();
    }

    private static void ValidateWeights(ServiceWeights? weights)
    {
        var problem = weights switch
        {
            null => null,
            { Passing: < 1 } => "Passing must be greater than 0",
            { Warning: < 0 } => "Warning must be greater or equal than 0",
            { Passing: > 65535 } or { Warning: > 65535 } => "DNS Weight must be between 0 and 65535",
            _ => null,
        };
        if (problem is not null)
        {
            throw ConsulHttpError.BadRequest($"Invalid Weights: {problem}");
        }
    }

    private static void ValidateMeta(IReadOnlyDictionary<string, string>? meta)
    {
        foreach (var (key, value) in meta ?? new Dictionary<string, string>())
        {
            if (key.StartsWith("consul-", StringComparison.Ordinal))
            {
                throw ConsulHttpError.BadRequest(
                    $"Invalid Service Meta: Couldn't load metadata pair ('{key}', '{value}'): Key prefix 'consul-' is reserved for internal use");
            }
        }
    }

    // agent.go addServiceInternal: an IP service address gets lan/wan tagged addresses of its family.
    private static IReadOnlyDictionary<string, ServiceAddress>? WithDefaultTaggedAddresses(
        IReadOnlyDictionary<string, ServiceAddress>? given, string address, int port)
    {
        if (!IPAddress.TryParse(address, out var ip))
        {
            return given;
        }

        var family = ip.AddressFamily == AddressFamily.InterNetwork ? "ipv4" : "ipv6";
        var result = new Dictionary<string, ServiceAddress>(given ?? new Dictionary<string, ServiceAddress>(), StringComparer.Ordinal);
        result.TryAdd($"lan_{family}", new ServiceAddress(address, port));
        result.TryAdd($"wan_{family}", new ServiceAddress(address, port));
        return result;
    }
}
