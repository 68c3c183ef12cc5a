using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Renderer.Consul.Serialization;

/// <summary>
/// Reads a JSON object as a string-keyed map and JSON <c>null</c> as an empty map: Consul emits Go nil maps
/// (<c>Meta</c>, <c>TaggedAddresses</c>, <c>NodeMeta</c>) as <c>null</c> (spec §4).
/// </summary>
internal sealed class NullAsEmptyMapConverter<TValue> : JsonConverter<IReadOnlyDictionary<string, TValue>>
{
    public override bool HandleNull => true;

    public override IReadOnlyDictionary<string, TValue> Read(
        ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return ReadOnlyDictionary<string, TValue>.Empty;
        }

        var mapInfo = (JsonTypeInfo<Dictionary<string, TValue>>)options.GetTypeInfo(typeof(Dictionary<string, TValue>));
        return (IReadOnlyDictionary<string, TValue>?)JsonSerializer.Deserialize(ref reader, mapInfo)
            ?? ReadOnlyDictionary<string, TValue>.Empty;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, TValue> value, JsonSerializerOptions options)
    {
        var valueInfo = (JsonTypeInfo<TValue>)options.GetTypeInfo(typeof(TValue));
        writer.WriteStartObject();
        foreach (var (key, item) in value)
        {
            writer.WritePropertyName(key);
            JsonSerializer.Serialize(writer, item, valueInfo);
        }

        writer.WriteEndObject();
    }
}
