using System.Collections.Immutable;

namespace Renderer.Core.Catalog;

/// <summary>
/// The rules of <c>ls</c> and <c>tree</c> over a set of KV entries with full keys, shared by catalog files and
/// Consul's <c>?recurse</c> answers so both list the same entries.
/// </summary>
/// <remarks>
/// <c>tree</c> lists every key inside the prefix folder, relative to it; <c>ls</c> only those with no further
/// <c>/</c>, i.e. exactly the <c>tree</c> entries without a slash. Both leave out the prefix's own key and
/// folder markers (keys ending in <c>/</c>, which the Consul UI creates for folders). Entries come out sorted
/// ordinally by relative key.
/// </remarks>
public static class KvListing
{
    /// <summary><c>tree</c> of <paramref name="prefix"/> (normalized by <see cref="KvPath.NormalizePrefix"/>).</summary>
    public static ImmutableArray<KvEntry> Tree(string prefix, IEnumerable<KeyValuePair<string, string>> entries) =>
        Select(prefix, entries, relative => !relative.EndsWith('/'));

    /// <summary><c>ls</c> of <paramref name="prefix"/> (normalized by <see cref="KvPath.NormalizePrefix"/>).</summary>
    public static ImmutableArray<KvEntry> Ls(string prefix, IEnumerable<KeyValuePair<string, string>> entries) =>
        Select(prefix, entries, relative => !relative.Contains('/', StringComparison.Ordinal));

    private static ImmutableArray<KvEntry> Select(
        string prefix, IEnumerable<KeyValuePair<string, string>> entries, Func<string, bool> include)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var folder = KvPath.NormalizePrefix(prefix);
        return [.. entries
            .Where(entry => entry.Key.StartsWith(folder, StringComparison.Ordinal))
            .Select(entry => new KvEntry(entry.Key[folder.Length..], entry.Value))
            .Where(entry => entry.Key.Length > 0 && include(entry.Key))
            .OrderBy(entry => entry.Key, StringComparer.Ordinal)];
    }
}
