using System.Collections.Concurrent;
using System.Threading.Channels;
using Renderer.Core.Dependencies;
using Renderer.Core.Dependencies.Data;

namespace Renderer.Core.Watching.Store;

/// <summary>
/// The latest data of every watched dependency, whoever keeps it current (its own long poll or a shared change
/// feed), and the queue of keys whose data changed. Data survives a change of watch plan: a key moved from its own
/// long poll to a feed keeps answering with its last data until the feed has newer data.
/// </summary>
internal sealed class DependencyStore
{
    private readonly ConcurrentDictionary<DependencyKey, DependencyData> _data = new();
    private readonly ConcurrentDictionary<DependencyKey, string> _errors = new();
    private readonly Channel<DependencyKey> _changes = Channel.CreateUnbounded<DependencyKey>(
        new UnboundedChannelOptions { SingleReader = true });

    public DependencyData? Get(DependencyKey key) => _data.GetValueOrDefault(key);

    public string? ErrorOf(DependencyKey key) => _errors.GetValueOrDefault(key);

    /// <summary>Stores new data for <paramref name="key"/>, clears its error, and reports the change.</summary>
    public void Publish(DependencyKey key, DependencyData data)
    {
        _data[key] = data;
        _errors.TryRemove(key, out _);
        _changes.Writer.TryWrite(key);
    }

    /// <summary>Records why <paramref name="key"/>'s query fails; its last data, if any, stays.</summary>
    public void Fail(DependencyKey key, string error) => _errors[key] = error;

    /// <summary>Clears the error of <paramref name="key"/> (its query answers again, with unchanged data).</summary>
    public void Recover(DependencyKey key) => _errors.TryRemove(key, out _);

    /// <summary>Forgets a key no template reads any more.</summary>
    public void Forget(DependencyKey key)
    {
        _data.TryRemove(key, out _);
        _errors.TryRemove(key, out _);
    }

    /// <summary>Waits for the first change, then takes every change already queued.</summary>
    public async Task<IReadOnlyList<DependencyKey>> WaitForChangesAsync(CancellationToken cancellationToken)
    {
        var first = await _changes.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var changed = new HashSet<DependencyKey> { first };
        while (_changes.Reader.TryRead(out var next))
        {
            changed.Add(next);
        }

        return [.. changed];
    }
}
