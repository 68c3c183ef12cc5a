using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Renderer.Consul.Serialization;

/// <summary>
/// Reads a JSON array as a list and JSON <c>null</c> as an empty list. Consul normalises only some nil slices
/// to <c>[]</c> (spec §4: "clients must accept null for every map and every array inside objects").
/// </summary>
internal sealed class NullAsEmptyListConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    public override bool HandleNull => true;

    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        var listInfo = (JsonTypeInfo<List<T>>)options.GetTypeInfo(typeof(List<T>));
        return JsonSerializer.Deserialize(ref reader, listInfo) ?? [];
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        var itemInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, itemInfo);
        }

        writer.WriteEndArray();
    }
}
