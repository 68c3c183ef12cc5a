using System.Text.Json;
using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Json;

/// <summary>Maps as Go's encoding/json writes them: keys sorted bytewise, a nil map as <c>null</c>.</summary>
internal static class JsonMaps
{
    public static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, string>? map)
    {
        writer.WritePropertyName(name);
        if (map is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        foreach (var key in map.Keys.Order(StringComparer.Ordinal))
        {
            writer.WriteString(key, map[key]);
        }

        writer.WriteEndObject();
    }

    public static void WriteServiceAddresses(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, ServiceAddress> map)
    {
        writer.WriteStartObject(name);
        foreach (var key in map.Keys.Order(StringComparer.Ordinal))
        {
            writer.WriteStartObject(key);
            writer.WriteString("Address", map[key].Address);
            writer.WriteNumber("Port", map[key].Port);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    public static void WriteStringArray(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
