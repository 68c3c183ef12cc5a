using System.Text.Json;
using Renderer.ConsulSimulator.Http;

namespace Renderer.ConsulSimulator.Json;

/// <summary>
/// A JSON request body read the way Consul's decoders read it: field names case-insensitive, snake_case
/// accepted (<c>tagged_addresses</c> = <c>TaggedAddresses</c>), unknown fields ignored, and a type
/// mismatch reported as 400 <c>Request decode failed: json: cannot unmarshal … into Go struct field …</c>.
/// </summary>
internal sealed class RequestBody
{
    private readonly JsonElement _element;
    private readonly string _path;

    private RequestBody(JsonElement element, string path)
    {
        _element = element;
        _path = path;
    }

    /// <exception cref="ConsulHttpError">400 <c>Request decode failed: …</c>.</exception>
    public static RequestBody Parse(byte[] body, string typeName)
    {
        if (body.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            throw ConsulHttpError.BadRequest("Request decode failed: EOF");
        }

        try
        {
            var element = JsonDocument.Parse(body).RootElement.Clone();
            return element.ValueKind == JsonValueKind.Object
                ? new RequestBody(element, typeName)
                : throw Mismatch(element, typeName, "struct");
        }
        catch (JsonException exception)
        {
            throw ConsulHttpError.BadRequest($"Request decode failed: {exception.Message}");
        }
    }

    public bool Has(string name) => Find(name) is not null;

    public string String(string name, string fallback = "") => Find(name) switch
    {
        null or { ValueKind: JsonValueKind.Null } => fallback,
        { ValueKind: JsonValueKind.String } value => value.GetString()!,
        var other => throw Mismatch(other.Value, Field(name), "string"),
    };

    public int Integer(string name) => Find(name) switch
    {
        null or { ValueKind: JsonValueKind.Null } => 0,
        { ValueKind: JsonValueKind.Number } value when value.TryGetInt32(out var number) => number,
        var other => throw Mismatch(other.Value, Field(name), "int"),
    };

    public bool Boolean(string name) => Find(name) switch
    {
        null or { ValueKind: JsonValueKind.Null } => false,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        var other => throw Mismatch(other.Value, Field(name), "bool"),
    };

    public IReadOnlyList<string> Strings(string name) => Find(name) switch
    {
        null or { ValueKind: JsonValueKind.Null } => [],
        { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
            .Select(item => item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Mismatch(item, Field(name), "string"))
            .ToList(),
        var other => throw Mismatch(other.Value, Field(name), "[]string"),
    };

    public IReadOnlyDictionary<string, string>? StringMap(string name) => Find(name) switch
    {
        null or { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.Object } map => map.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : throw Mismatch(p.Value, Field(name), "string"),
            StringComparer.Ordinal),
        var other => throw Mismatch(other.Value, Field(name), "map[string]string"),
    };

    public RequestBody? Object(string name) => Find(name) switch
    {
        null or { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.Object } value => new RequestBody(value, Field(name)),
        var other => throw Mismatch(other.Value, Field(name), "struct"),
    };

    public IReadOnlyList<RequestBody> Objects(string name) => Find(name) switch
    {
        null or { ValueKind: JsonValueKind.Null } => [],
        { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
            .Select(item => item.ValueKind == JsonValueKind.Object ? new RequestBody(item, Field(name)) : throw Mismatch(item, Field(name), "struct"))
            .ToList(),
        var other => throw Mismatch(other.Value, Field(name), "[]struct"),
    };

    /// <summary>Map entries whose values are objects (e.g. service <c>TaggedAddresses</c>).</summary>
    public IReadOnlyList<(string Key, RequestBody Value)> ObjectMap(string name) => Find(name) switch
    {
        null or { ValueKind: JsonValueKind.Null } => [],
        { ValueKind: JsonValueKind.Object } map => map.EnumerateObject()
            .Select(p => p.Value.ValueKind == JsonValueKind.Object
                ? (p.Name, new RequestBody(p.Value, Field(name)))
                : throw Mismatch(p.Value, Field(name), "struct"))
            .ToList(),
        var other => throw Mismatch(other.Value, Field(name), "map[string]struct"),
    };

    private JsonElement? Find(string name)
    {
        var wanted = Normalize(name);
        foreach (var property in _element.EnumerateObject())
        {
            if (Normalize(property.Name) == wanted)
            {
                return property.Value;
            }
        }

        return null;
    }

    private string Field(string name) => $"{_path}.{name}";

    private static string Normalize(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    private static ConsulHttpError Mismatch(JsonElement value, string field, string goType)
    {
        var kind = value.ValueKind switch
        {
            JsonValueKind.True or JsonValueKind.False => "bool",
            var other => other.ToString().ToLowerInvariant(),
        };
        return ConsulHttpError.BadRequest($"Request decode failed: json: cannot unmarshal {kind} into Go struct field {field} of type {goType}");
    }
}
