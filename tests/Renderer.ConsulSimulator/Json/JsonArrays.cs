using System.Text.Json;

namespace Renderer.ConsulSimulator.Json;

/// <summary>Top-level lists, which Consul always sends as <c>[]</c> rather than <c>null</c> when empty.</summary>
internal static class JsonArrays
{
    public static void Write<T>(Utf8JsonWriter writer, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }
}
