using System.Collections.ObjectModel;

namespace Renderer.Consul.Models;

/// <summary>Shared empty maps, so a missing map costs no allocation.</summary>
internal static class EmptyMaps
{
    public static readonly IReadOnlyDictionary<string, string> Strings = ReadOnlyDictionary<string, string>.Empty;

    public static IReadOnlyDictionary<string, TValue> Of<TValue>() => ReadOnlyDictionary<string, TValue>.Empty;
}
