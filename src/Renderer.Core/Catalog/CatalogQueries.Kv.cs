using System.Collections.Immutable;

namespace Renderer.Core.Catalog;

/// <summary>The KV functions: <c>key</c>, <c>key_or_default</c>, <c>ls</c>, <c>tree</c>.</summary>
/// <remarks>Paths are normalized by <see cref="KvPath"/>; listings follow <see cref="KvListing"/>.</remarks>
public sealed partial class CatalogQueries
{
    /// <summary><c>key</c>: the value, or <see cref="KeyLookupResult.IsMissing"/> so the caller can wait for it.</summary>
    /// <exception cref="QueryArgumentException">The path is empty or holds control characters.</exception>
    /// <exception cref="UnknownDatacenterException">The datacenter is not in the catalog.</exception>
    public KeyLookupResult Key(string path, string? datacenter = null)
    {
        var key = KvPath.NormalizeKey(path);
        return Datacenter(datacenter).Kv.TryGetValue(key, out var value)
            ? KeyLookupResult.Found(key, value)
            : KeyLookupResult.Missing(key);
    }

    /// <summary><c>key_or_default</c>: the value, or <paramref name="defaultValue"/> when the key is absent.</summary>
    /// <exception cref="QueryArgumentException">The path is empty or holds control characters.</exception>
    /// <exception cref="UnknownDatacenterException">The datacenter is not in the catalog.</exception>
    public string KeyOrDefault(string path, string defaultValue, string? datacenter = null) =>
        Key(path, datacenter).Value ?? defaultValue;

    /// <summary>
    /// <c>ls</c>: the keys directly inside the prefix folder, relative to it, sorted; keys in subfolders and
    /// folder markers are left out (<see cref="Tree"/> lists the subfolders' keys).
    /// </summary>
    /// <exception cref="QueryArgumentException">The prefix holds control characters.</exception>
    /// <exception cref="UnknownDatacenterException">The datacenter is not in the catalog.</exception>
    public ImmutableArray<KvEntry> Ls(string prefix, string? datacenter = null) =>
        KvListing.Ls(prefix, Datacenter(datacenter).Kv);

    /// <summary><c>tree</c>: every key below the prefix folder, recursively, relative to it, sorted; folder markers left out.</summary>
    /// <exception cref="QueryArgumentException">The prefix holds control characters.</exception>
    /// <exception cref="UnknownDatacenterException">The datacenter is not in the catalog.</exception>
    public ImmutableArray<KvEntry> Tree(string prefix, string? datacenter = null) =>
        KvListing.Tree(prefix, Datacenter(datacenter).Kv);
}
