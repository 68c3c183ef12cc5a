using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Renderer.Consul;
using Renderer.Core.Dependencies;
using Renderer.Core.Dependencies.Data;

namespace Renderer.Core.Watching;

/// <summary>
/// The live data source: one <see cref="DependencyView"/> per dependency the templates read. Renders tell it
/// what they used (<see cref="Track"/>); it starts views for new dependencies, stops those no template reads
/// any more, and wakes the runner when any answer changes.
/// </summary>
public sealed partial class DependencyWatcher : IDependencyFeed, IAsyncDisposable
{
    private readonly ConsulClient _client;
    private readonly WatcherOptions _options;
    private readonly string _localDatacenter;
    private readonly TimeProvider _timeProvider;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly Dictionary<DependencyKey, DependencyView> _views = [];
    private readonly Lock _gate = new();
    private readonly Channel<DependencyKey> _changes = Channel.CreateUnbounded<DependencyKey>(
        new UnboundedChannelOptions { SingleReader = true });

    /// <param name="localDatacenter">The agent's datacenter, for records of queries that name none.</param>
    public DependencyWatcher(
        ConsulClient client, WatcherOptions options, string localDatacenter, ILoggerFactory loggerFactory, TimeProvider timeProvider)
    {
        _client = client;
        _options = options;
        _localDatacenter = localDatacenter;
        _timeProvider = timeProvider;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<DependencyWatcher>();
    }

    public bool IsStatic => false;

    /// <summary>Number of dependencies watched now (each holds one long-poll).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _views.Count;
            }
        }
    }

    public DependencyData? Get(DependencyKey key)
    {
        lock (_gate)
        {
            return _views.TryGetValue(key, out var view) ? view.Current : null;
        }
    }

    /// <summary>Why a dependency has no data yet, when Consul refused or failed its query; else null.</summary>
    public string? ErrorOf(DependencyKey key)
    {
        lock (_gate)
        {
            return _views.TryGetValue(key, out var view) ? view.LastError : null;
        }
    }

    /// <summary>Watches exactly <paramref name="keys"/>: starts what is new, stops what is no longer read.</summary>
    public async Task TrackAsync(IReadOnlyCollection<DependencyKey> keys)
    {
        List<DependencyView> stopped;
        lock (_gate)
        {
            var wanted = keys.ToHashSet();
            stopped = [.. _views.Values.Where(view => !wanted.Contains(view.Key))];
            foreach (var view in stopped)
            {
                _views.Remove(view.Key);
            }

            foreach (var key in keys.Where(key => !_views.ContainsKey(key)))
            {
                var view = new DependencyView(
                    key, _client, _options, _localDatacenter, OnChanged, _timeProvider, _loggerFactory.CreateLogger<DependencyView>());
                _views.Add(key, view);
                view.Start();
                LogWatching(_logger, key.ToString());
            }
        }

        foreach (var view in stopped)
        {
            LogStopped(_logger, view.Key.ToString());
            await view.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Waits until some dependency's data changed since the last call, and returns the ones that did.</summary>
    public async Task<IReadOnlyList<DependencyKey>> WaitForChangesAsync(CancellationToken cancellationToken)
    {
        var first = await _changes.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var changed = new List<DependencyKey> { first };
        while (_changes.Reader.TryRead(out var next))
        {
            changed.Add(next);
        }
        return changed;
    }

    public async ValueTask DisposeAsync()
    {
        List<DependencyView> views;
        lock (_gate)
        {
            views = [.. _views.Values];
            _views.Clear();
        }
        await Task.WhenAll(views.Select(view => view.DisposeAsync().AsTask())).ConfigureAwait(false);
    }

    private void OnChanged(DependencyKey key) => _changes.Writer.TryWrite(key);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Watching {Dependency}")]
    private static partial void LogWatching(ILogger logger, string dependency);

    [LoggerMessage(Level = LogLevel.Debug, Message = "No template reads {Dependency} any more; stopped watching it")]
    private static partial void LogStopped(ILogger logger, string dependency);
}
