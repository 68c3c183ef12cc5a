using System.Buffers;
using System.Text.Json;

namespace Renderer.ConsulSimulator.Filtering;

/// <summary>Applies a filter to result elements through the same JSON the client would receive.</summary>
internal static class FilterExtensions
{
    public static IReadOnlyList<T> Apply<T>(this CompiledFilter? filter, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (filter is null)
        {
            return items;
        }

        return items.Where(item =>
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                write(writer, item);
            }

            using var document = JsonDocument.Parse(buffer.WrittenMemory);
            return filter.Matches(document.RootElement);
        }).ToList();
    }
}
