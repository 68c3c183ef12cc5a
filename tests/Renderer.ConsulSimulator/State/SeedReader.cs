using System.Text.Json;

namespace Renderer.ConsulSimulator.State;

/// <summary>Strict reader of the seed JSON: unknown properties and wrong types are errors naming the JSON path.</summary>
internal sealed class SeedReader(string source)
{
    public IReadOnlyList<CatalogRegistration> ReadRegistrations(JsonElement root)
    {
        RequireKind(root, JsonValueKind.Object, "$");
        RejectUnknown(root, "$", "Nodes", "KV");
        var registrations = new List<CatalogRegistration>();
        foreach (var (node, path) in Items(root, "Nodes", "$"))
        {
            registrations.AddRange(ReadNode(node, path));
        }

        return registrations;
    }

    public IReadOnlyList<KeyValuePair<string, string>> ReadKeys(JsonElement root)
    {
        if (!root.TryGetProperty("KV", out var kv))
        {
            return [];
        }

        RequireKind(kv, JsonValueKind.Object, "$.KV");
        return kv.EnumerateObject()
            .Select(p => KeyValuePair.Create(p.Name, RequireString(p.Value, $"$.KV[\"{p.Name}\"]")))
            .ToList();
    }

    private IEnumerable<CatalogRegistration> ReadNode(JsonElement node, string path)
    {
        RejectUnknown(node, path, "Node", "Address", "ID", "Meta", "TaggedAddresses", "Services", "Checks");
        var baseRegistration = new CatalogRegistration(Required(node, "Node", path), Required(node, "Address", path))
        {
            Id = Optional(node, "ID", path) ?? string.Empty,
            NodeMeta = Map(node, "Meta", path),
            TaggedAddresses = Map(node, "TaggedAddresses", path),
        };
        yield return baseRegistration with { Checks = Items(node, "Checks", path).Select(c => ReadCheck(c.Element, c.Path, string.Empty)).ToList() };
        foreach (var (service, servicePath) in Items(node, "Services", path))
        {
            var registration = ReadService(service, servicePath);
            var checks = Items(service, "Checks", servicePath).Select(c => ReadCheck(c.Element, c.Path, registration.EffectiveId)).ToList();
            yield return baseRegistration with { Service = registration, Checks = checks };
        }
    }

    private ServiceRegistration ReadService(JsonElement service, string path)
    {
        RejectUnknown(service, path, "ID", "Service", "Tags", "Address", "Port", "Meta", "Weights", "EnableTagOverride", "Kind", "Checks");
        return new ServiceRegistration(Required(service, "Service", path))
        {
            Id = Optional(service, "ID", path),
            Tags = Items(service, "Tags", path).Select(t => RequireString(t.Element, t.Path)).ToList(),
            Address = Optional(service, "Address", path) ?? string.Empty,
            Port = Number(service, "Port", path),
            Meta = Map(service, "Meta", path),
            Weights = service.TryGetProperty("Weights", out var weights)
                ? new ServiceWeights(Number(weights, "Passing", path + ".Weights"), Number(weights, "Warning", path + ".Weights"))
                : null,
            EnableTagOverride = service.TryGetProperty("EnableTagOverride", out var flag) && flag.ValueKind == JsonValueKind.True,
            Kind = Optional(service, "Kind", path) ?? string.Empty,
        };
    }

    private CheckRegistration ReadCheck(JsonElement check, string path, string serviceId)
    {
        RejectUnknown(check, path, "CheckID", "Name", "Status", "Notes", "Output", "Type");
        var status = Optional(check, "Status", path) ?? CheckStatus.Passing;
        if (!CheckStatus.IsValid(status))
        {
            throw Error($"{path}.Status", $"must be passing, warning or critical, got \"{status}\"");
        }

        return new CheckRegistration(Required(check, "CheckID", path))
        {
            Name = Optional(check, "Name", path) ?? string.Empty,
            Status = status,
            Notes = Optional(check, "Notes", path) ?? string.Empty,
            Output = Optional(check, "Output", path) ?? string.Empty,
            Type = Optional(check, "Type", path) ?? string.Empty,
            ServiceId = serviceId,
        };
    }

    private IEnumerable<(JsonElement Element, string Path)> Items(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var array))
        {
            return [];
        }

        RequireKind(array, JsonValueKind.Array, $"{path}.{name}");
        return array.EnumerateArray().Select((item, i) => (item, $"{path}.{name}[{i}]")).ToList();
    }

    private IReadOnlyDictionary<string, string>? Map(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var map))
        {
            return null;
        }

        RequireKind(map, JsonValueKind.Object, $"{path}.{name}");
        return map.EnumerateObject().ToDictionary(p => p.Name, p => RequireString(p.Value, $"{path}.{name}.{p.Name}"));
    }

    private string Required(JsonElement parent, string name, string path) =>
        Optional(parent, name, path) is { Length: > 0 } value ? value : throw Error(path, $"missing required property \"{name}\"");

    private string? Optional(JsonElement parent, string name, string path) =>
        parent.TryGetProperty(name, out var value) ? RequireString(value, $"{path}.{name}") : null;

    private int Number(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return 0;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw Error($"{path}.{name}", $"must be an integer, got {value.GetRawText()}");
    }

    private string RequireString(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Error(path, $"must be a string, got {value.GetRawText()}");

    private void RequireKind(JsonElement value, JsonValueKind kind, string path)
    {
        if (value.ValueKind != kind)
        {
            throw Error(path, $"must be a JSON {kind.ToString().ToLowerInvariant()}, got {value.ValueKind.ToString().ToLowerInvariant()}");
        }
    }

    private void RejectUnknown(JsonElement value, string path, params string[] known)
    {
        RequireKind(value, JsonValueKind.Object, path);
        foreach (var property in value.EnumerateObject().Where(p => !known.Contains(p.Name, StringComparer.Ordinal)))
        {
            throw Error(path, $"unknown property \"{property.Name}\" (expected one of: {string.Join(", ", known)})");
        }
    }

    private SeedFormatException Error(string path, string message) => new($"{source}: error: {path}: {message}");
}
