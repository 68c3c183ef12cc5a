using System.Text;

namespace Renderer.ConsulSimulator.State;

/// <content>The KV store with tombstones (agent/consul/state/kvs.go semantics).</content>
public sealed partial class Datacenter
{
    private readonly SortedDictionary<string, StoredKvEntry> _kv = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, ulong> _tombstones = new(StringComparer.Ordinal);

    /// <summary>Sets a key to a UTF-8 string.</summary>
    public ulong PutKey(string key, string value, ulong flags = 0) => PutKey(key, Encoding.UTF8.GetBytes(value), flags).Index;

    /// <summary>
    /// Sets a key. With <paramref name="cas"/>: 0 writes only if the key is absent, N only if its
    /// ModifyIndex is N. Writing the same value and flags again changes no index.
    /// </summary>
    public KvWriteResult PutKey(string key, ReadOnlySpan<byte> value, ulong flags = 0, ulong? cas = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var bytes = value.ToArray();
        lock (_gate)
        {
            var index = NextIndex();
            _kv.TryGetValue(key, out var existing);
            var applied = cas is not { } expected || (existing?.ModifyIndex ?? 0) == expected;
            if (applied)
            {
                var entry = new StoredKvEntry(key, bytes, flags, existing?.LockIndex ?? 0, existing?.Session, existing?.CreateIndex ?? index, index);
                if (existing is null || !existing.HasSameContent(entry))
                {
                    _kv[key] = entry;
                    _tombstones.Remove(key);
                    Bump(IndexNames.Kvs, index);
                }
            }

            Signal();
            return new KvWriteResult(index, applied);
        }
    }

    /// <summary>Deletes a key (leaving a tombstone). With <paramref name="cas"/> only if its ModifyIndex matches.</summary>
    public KvWriteResult DeleteKey(string key, ulong? cas = null)
    {
        lock (_gate)
        {
            var index = NextIndex();
            _kv.TryGetValue(key, out var existing);
            // kvsDeleteCASTxn: a key that is already gone counts as deleted.
            var applied = cas is not { } expected || existing is null || existing.ModifyIndex == expected;
            if (applied && existing is not null)
            {
                _kv.Remove(key);
                _tombstones[key] = index;
                Bump(IndexNames.Kvs, index);
                Bump(IndexNames.Tombstones, index);
            }

            Signal();
            return new KvWriteResult(index, applied);
        }
    }

    /// <summary>Deletes every key starting with the prefix; like Consul, one tombstone is left at the prefix.</summary>
    public ulong DeleteTree(string prefix)
    {
        lock (_gate)
        {
            var index = NextIndex();
            var doomed = _kv.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            if (doomed.Count > 0)
            {
                doomed.ForEach(k => _kv.Remove(k));
                _tombstones[prefix] = index;
                Bump(IndexNames.Kvs, index);
                Bump(IndexNames.Tombstones, index);
            }

            Signal();
            return index;
        }
    }

    /// <summary>One key: its own ModifyIndex when present, max(kvs, tombstones) when missing (still blockable).</summary>
    internal IndexedResult<StoredKvEntry?> KvGet(string key)
    {
        lock (_gate)
        {
            return _kv.TryGetValue(key, out var entry)
                ? new(entry.ModifyIndex, entry)
                : new(MaxIndex(IndexNames.Kvs, IndexNames.Tombstones), null);
        }
    }

    /// <summary>Every entry under a string prefix, sorted by key.</summary>
    internal IndexedResult<IReadOnlyList<StoredKvEntry>> KvList(string prefix)
    {
        lock (_gate)
        {
            var entries = _kv.Values.Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            return new(PrefixIndex(prefix, entries), entries);
        }
    }

    /// <summary>Key names under a prefix; with a separator, collapsed up to and including the next separator.</summary>
    internal IndexedResult<IReadOnlyList<string>> KvKeys(string prefix, string separator)
    {
        lock (_gate)
        {
            var entries = _kv.Values.Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            var keys = new List<string>();
            foreach (var entry in entries)
            {
                var cut = separator.Length == 0 ? -1 : entry.Key.IndexOf(separator, prefix.Length, StringComparison.Ordinal);
                var key = cut < 0 ? entry.Key : entry.Key[..(cut + separator.Length)];
                if (keys.Count == 0 || keys[^1] != key)
                {
                    keys.Add(key);
                }
            }

            return new(PrefixIndex(prefix, entries), keys);
        }
    }

    // kvsListTxn: the highest ModifyIndex under the prefix, tombstones included; the table maximum for
    // the root or when nothing (alive or dead) is under the prefix.
    private ulong PrefixIndex(string prefix, IReadOnlyList<StoredKvEntry> entries)
    {
        var tableIndex = MaxIndex(IndexNames.Kvs, IndexNames.Tombstones);
        if (prefix.Length == 0)
        {
            return tableIndex;
        }

        var live = entries.Count == 0 ? 0 : entries.Max(e => e.ModifyIndex);
        var dead = _tombstones.Where(t => t.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(t => t.Value).DefaultIfEmpty(0UL).Max();
        var prefixIndex = Math.Max(live, dead);
        return prefixIndex != 0 ? prefixIndex : tableIndex;
    }

    private void ClampKv(ulong max)
    {
        foreach (var (key, entry) in _kv.ToList())
        {
            _kv[key] = entry with { CreateIndex = Math.Min(entry.CreateIndex, max), ModifyIndex = Math.Min(entry.ModifyIndex, max) };
        }

        foreach (var (key, index) in _tombstones.ToList())
        {
            _tombstones[key] = Math.Min(index, max);
        }
    }
}
