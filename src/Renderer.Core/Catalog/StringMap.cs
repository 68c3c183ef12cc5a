using System.Collections.Immutable;

namespace Renderer.Core.Catalog;

/// <summary>
/// The one kind of string map the catalog uses (meta, tagged addresses, KV): immutable and sorted by ordinal key,
/// so iterating it never depends on insertion or hash order.
/// </summary>
public static class StringMap
{
    /// <summary>An empty map with the ordinal comparer.</summary>
    public static ImmutableSortedDictionary<string, string> Empty { get; } =
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>Builds an ordinal map; a later pair replaces an earlier one with the same key.</summary>
    public static ImmutableSortedDictionary<string, string> Create(IEnumerable<KeyValuePair<string, string>> pairs) =>
        Empty.SetItems(pairs);

    /// <summary>
    /// Returns <paramref name="map"/> itself when it already sorts ordinally, otherwise a re-sorted copy; a
    /// <c>default</c>/null map becomes <see cref="Empty"/>.
    /// </summary>
    public static ImmutableSortedDictionary<string, string> Ordinal(ImmutableSortedDictionary<string, string>? map)
    {
        if (map is null || map.IsEmpty)
        {
            return Empty;
        }

        return ReferenceEquals(map.KeyComparer, StringComparer.Ordinal) ? map : Create(map);
    }
}
