using System.Collections.Immutable;

namespace Renderer.Core.Catalog;

/// <summary>The KV functions: <c>key</c>, <c>key_or_default</c>, <c>ls</c>, <c>tree</c>.</summary>
/// <remarks>Paths are normalized by <see cref="KvPath"/>; see there for the folder rules.</remarks>
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
    /// <c>ls</c>: the keys directly inside the prefix folder, relative to it, sorted. Keys in subfolders and
    /// folder markers (keys ending in <c>/</c>) are left out; <see cref="Tree"/> lists those subfolders' keys.
    /// </summary>
    /// <exception cref="QueryArgumentException">The prefix holds control characters.</exception>
    /// <exception cref="UnknownDatacenterException">The datacenter is not in the catalog.</exception>
    public ImmutableArray<KvEntry> Ls(string prefix, string? datacenter = null) =>
        Below(prefix, datacenter, relative => !relative.Contains('/', StringComparison.Ordinal));

    /// <summary><c>tree</c>: every key below the prefix folder, recursively, relative to it, sorted; folder markers left out.</summary>
    /// <exception cref="QueryArgumentException">The prefix holds control characters.</exception>
    /// <exception cref="UnknownDatacenterException">The datacenter is not in the catalog.</exception>
    public ImmutableArray<KvEntry> Tree(string prefix, string? datacenter = null) =>
        Below(prefix, datacenter, relative => !relative.EndsWith('/'));

    private ImmutableArray<KvEntry> Below(string prefix, string? datacenter, Func<string, bool> include)
    {
        var folder = KvPath.NormalizePrefix(prefix);
        var kv = Datacenter(datacenter).Kv;

        // Keys sharing the prefix sort ordinally in the same order as their suffixes, so the map's order is
        // already the order of the relative keys.
        var entries = ImmutableArray.CreateBuilder<KvEntry>();
        foreach (var (key, value) in kv)
        {
            if (!key.StartsWith(folder, StringComparison.Ordinal))
            {
                continue;
            }

            var relative = key[folder.Length..];
            if (relative.Length > 0 && include(relative))
            {
                entries.Add(new KvEntry(relative, value));
            }
        }

        return entries.ToImmutable();
    }
}
