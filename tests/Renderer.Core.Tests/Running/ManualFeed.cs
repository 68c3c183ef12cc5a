using System.Threading.Channels;
using Renderer.Core.Catalog;
using Renderer.Core.Dependencies;
using Renderer.Core.Dependencies.Data;
using Renderer.Core.Watching;

namespace Renderer.Core.Tests.Running;

/// <summary>
/// A live-looking feed the test drives by hand: it answers from a catalog the test replaces, withholds keys whose
/// data has "not arrived", and signals changes. Each time the runner starts waiting for changes it posts to
/// <see cref="NextWaitAsync"/>, so a test knows a pass is over without sleeping.
/// </summary>
internal sealed class ManualFeed : IDependencyFeed
{
    private readonly Lock _gate = new();
    private readonly Channel<IReadOnlyList<DependencyKey>> _changes = Channel.CreateUnbounded<IReadOnlyList<DependencyKey>>();
    private readonly Channel<bool> _waits = Channel.CreateUnbounded<bool>();
    private readonly HashSet<DependencyKey> _withheld = [];
    private readonly List<IReadOnlyCollection<DependencyKey>> _tracked = [];
    private CatalogDataSource _data;
    private TaskCompletionSource? _trackGate;
    private TaskCompletionSource? _trackReached;

    public ManualFeed(CatalogSnapshot catalog)
    {
        _data = new CatalogDataSource(catalog);
    }

    /// <summary>Whether the runner should treat the data as a catalog file's (never changing). Default false.</summary>
    public bool IsStatic { get; init; }

    /// <summary>The key sets the runner asked to watch, one per pass.</summary>
    public IReadOnlyList<IReadOnlyCollection<DependencyKey>> Tracked
    {
        get
        {
            lock (_gate)
            {
                return [.. _tracked];
            }
        }
    }

    public DependencyData? Get(DependencyKey key)
    {
        lock (_gate)
        {
            return _withheld.Contains(key) ? null : _data.Get(key);
        }
    }

    public string? ErrorOf(DependencyKey key) => null;

    public async Task TrackAsync(IReadOnlyCollection<DependencyKey> keys)
    {
        Task gate;
        lock (_gate)
        {
            _tracked.Add([.. keys]);
            gate = _trackGate?.Task ?? Task.CompletedTask;
            _trackReached?.TrySetResult();
        }

        await gate.ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DependencyKey>> WaitForChangesAsync(CancellationToken cancellationToken)
    {
        _waits.Writer.TryWrite(true);
        return await _changes.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Completes when the runner next waits for changes (its pass is over).</summary>
    public Task NextWaitAsync() => _waits.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20));

    /// <summary>True when the runner started waiting again and nobody consumed that signal yet.</summary>
    public bool HasWaited => _waits.Reader.Count > 0;

    /// <summary>Makes <paramref name="key"/> read as "no data yet".</summary>
    public void Withhold(DependencyKey key)
    {
        lock (_gate)
        {
            _withheld.Add(key);
        }
    }

    /// <summary>Replaces the data (and lets withheld keys arrive) and signals <paramref name="changed"/>.</summary>
    public void Publish(CatalogSnapshot catalog, params DependencyKey[] changed)
    {
        lock (_gate)
        {
            _data = new CatalogDataSource(catalog);
            _withheld.ExceptWith(changed);
        }

        _changes.Writer.TryWrite(changed);
    }

    /// <summary>
    /// From now on, <see cref="TrackAsync"/> (the end of a pass) blocks until <see cref="OpenTracking"/>; the returned
    /// task completes when a pass reaches that point.
    /// </summary>
    public Task HoldTracking()
    {
        lock (_gate)
        {
            _trackGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _trackReached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _trackReached.Task.WaitAsync(TimeSpan.FromSeconds(20));
        }
    }

    public void OpenTracking()
    {
        TaskCompletionSource? gate;
        lock (_gate)
        {
            gate = _trackGate;
            _trackGate = null;
            _trackReached = null;
        }

        gate?.SetResult();
    }
}
