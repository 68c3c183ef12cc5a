using System.Collections;
using System.Collections.Immutable;

namespace Renderer.Core.Dependencies;

/// <summary>
/// The dependencies a render used, each once, in the order of first use; the renderer fills it while a template
/// runs, and the watcher diffs it against the previous render's set.
/// </summary>
/// <remarks>Not thread-safe: one render records into one set.</remarks>
public sealed class DependencySet : IReadOnlyCollection<DependencyKey>
{
    private readonly List<DependencyKey> _order = [];
    private readonly HashSet<DependencyKey> _seen = [];

    /// <summary>Creates an empty set.</summary>
    public DependencySet()
    {
    }

    /// <summary>Creates a set holding <paramref name="keys"/> in their first-occurrence order.</summary>
    public DependencySet(IEnumerable<DependencyKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            Add(key);
        }
    }

    /// <summary>The number of distinct keys.</summary>
    public int Count => _order.Count;

    /// <summary>Records <paramref name="key"/>; returns false when it was already recorded (order unchanged).</summary>
    public bool Add(DependencyKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_seen.Add(key))
        {
            return false;
        }

        _order.Add(key);
        return true;
    }

    /// <summary>Whether <paramref name="key"/> was recorded.</summary>
    public bool Contains(DependencyKey key) => _seen.Contains(key);

    /// <summary>Whether both hold the same keys, whatever the order.</summary>
    public bool SetEquals(IEnumerable<DependencyKey> other) => _seen.SetEquals(other);

    /// <summary>The keys in first-use order.</summary>
    public ImmutableArray<DependencyKey> ToImmutableArray() => [.. _order];

    /// <inheritdoc />
    public IEnumerator<DependencyKey> GetEnumerator() => _order.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
