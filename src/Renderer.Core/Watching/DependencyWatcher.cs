using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Renderer.Consul;
using Renderer.Core.Dependencies;
using Renderer.Core.Dependencies.Data;
using Renderer.Core.Watching.Budget;
using Renderer.Core.Watching.Feeds;
using Renderer.Core.Watching.Planning;
using Renderer.Core.Watching.Store;

namespace Renderer.Core.Watching;

/// <summary>
/// The live data source. Renders tell it what they used (<see cref="TrackAsync"/>); it plans how to keep each
/// dependency current within the connection budget (<see cref="WatcherOptions.MaxConnections"/>): one long poll
/// per dependency while they fit, shared change feeds per datacenter beyond (<see cref="WatchPlanner"/>), and wakes
/// the runner when any data changed. docs/architecture.md explains the design and why it loses no change.
/// </summary>
public sealed partial class DependencyWatcher : IDependencyFeed, IAsyncDisposable
{
    private readonly WatchContext _context;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _tracking = new(1, 1);
    private readonly Dictionary<DependencyKey, DependencyView> _views = [];
    private readonly Dictionary<DatacenterName, CatalogFeedGroup> _catalogGroups = [];
    private readonly Dictionary<DatacenterName, KvFeedGroup> _kvGroups = [];
    private HashSet<DependencyKey> _tracked = [];
    private WatchPlan _plan = WatchPlan.Empty;
    private bool _warned;

    /// <param name="localDatacenter">The agent's datacenter, for records of queries that name none.</param>
    public DependencyWatcher(
        ConsulClient client, WatcherOptions options, string localDatacenter, ILoggerFactory loggerFactory, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid watcher options: " + string.Join("; ", problems), nameof(options));
        }

        _context = new WatchContext(
            client, options, new ConnectionBudget(options.MaxConnections), new DependencyStore(), localDatacenter, loggerFactory, timeProvider);
        _logger = loggerFactory.CreateLogger<DependencyWatcher>();
        if (options.MaxConnections > WatcherOptions.ConsulConnectionLimit)
        {
            LogAboveConsulLimit(_logger, options.MaxConnections, WatcherOptions.ConsulConnectionLimit);
        }
    }

    public bool IsStatic => false;

    /// <summary>Number of dependencies watched now.</summary>
    public int Count => Volatile.Read(ref _tracked).Count;

    /// <summary>Long polls the current plan holds open (feeds and direct dependencies).</summary>
    public int LongPolls => Volatile.Read(ref _plan).LongPolls;

    /// <summary>Whether some dependencies go through shared change feeds.</summary>
    public bool IsMultiplexed => Volatile.Read(ref _plan).IsMultiplexed;

    /// <summary>The most requests the watcher had in flight at once (never above <see cref="WatcherOptions.MaxConnections"/>).</summary>
    public int PeakRequestsInFlight => _context.Budget.Peak;

    /// <summary>Sweeps done by the feeds so far (each checks every multiplexed service of a datacenter).</summary>
    public int Sweeps => _catalogGroups.Values.Sum(group => group.Sweeps);

    public DependencyData? Get(DependencyKey key) => _context.Store.Get(key);

    /// <summary>Why a dependency has no data yet, when Consul refused or failed its query; else null.</summary>
    public string? ErrorOf(DependencyKey key) => _context.Store.ErrorOf(key);

    /// <summary>Watches exactly <paramref name="keys"/>: plans again, starts what is new, stops what is no longer read.</summary>
    public async Task TrackAsync(IReadOnlyCollection<DependencyKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await _tracking.WaitAsync().ConfigureAwait(false);
        try
        {
            var wanted = keys.ToHashSet();
            if (wanted.SetEquals(_tracked))
            {
                return;
            }

            var plan = WatchPlanner.Plan(wanted, _context.Options, _plan);
            Report(plan, wanted.Count);
            await ApplyDirectAsync(plan).ConfigureAwait(false);
            await ApplyCatalogAsync(plan).ConfigureAwait(false);
            await ApplyKvAsync(plan).ConfigureAwait(false);
            foreach (var key in _tracked.Where(key => !wanted.Contains(key)))
            {
                _context.Store.Forget(key);
                LogStopped(_logger, key.ToString());
            }

            Volatile.Write(ref _tracked, wanted);
            Volatile.Write(ref _plan, plan);
        }
        finally
        {
            _tracking.Release();
        }
    }

    /// <summary>Waits until some dependency's data changed since the last call, and returns the ones that did.</summary>
    public Task<IReadOnlyList<DependencyKey>> WaitForChangesAsync(CancellationToken cancellationToken) =>
        _context.Store.WaitForChangesAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _tracking.WaitAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_views.Values.Select(view => view.DisposeAsync().AsTask())
                .Concat(_catalogGroups.Values.Select(group => group.DisposeAsync().AsTask()))
                .Concat(_kvGroups.Values.Select(group => group.DisposeAsync().AsTask()))).ConfigureAwait(false);
            _views.Clear();
            _catalogGroups.Clear();
            _kvGroups.Clear();
        }
        finally
        {
            _tracking.Release();
        }

        _context.Budget.Dispose();
    }

    private async Task ApplyDirectAsync(WatchPlan plan)
    {
        var direct = plan.Direct.ToHashSet();
        foreach (var view in _views.Values.Where(view => !direct.Contains(view.Key)).ToList())
        {
            _views.Remove(view.Key);
            await view.DisposeAsync().ConfigureAwait(false);
        }

        foreach (var key in plan.Direct.Where(key => !_views.ContainsKey(key)))
        {
            var view = new DependencyView(key, _context, _context.LoggerFactory.CreateLogger<DependencyView>());
            _views.Add(key, view);
            view.Start();
            LogWatching(_logger, key.ToString());
        }
    }

    private async Task ApplyCatalogAsync(WatchPlan plan)
    {
        var reReadSlots = Math.Max(1, _context.Options.MaxConnections - plan.LongPolls);
        foreach (var (datacenter, group) in _catalogGroups.ToList())
        {
            if (!plan.Catalog.TryGetValue(datacenter, out var planned) || planned.FastHealth != _plan.Catalog[datacenter].FastHealth)
            {
                _catalogGroups.Remove(datacenter);
                await group.DisposeAsync().ConfigureAwait(false);
            }
        }

        foreach (var (datacenter, planned) in plan.Catalog)
        {
            if (!_catalogGroups.TryGetValue(datacenter, out var group))
            {
                group = new CatalogFeedGroup(datacenter, planned.FastHealth, reReadSlots, _context);
                _catalogGroups.Add(datacenter, group);
                group.Track(planned.Keys);
                group.Start();
                LogFeeds(_logger, datacenter.ToString(), planned.Keys.Length, planned.LongPolls);
            }
            else
            {
                group.Track(planned.Keys);
            }
        }
    }

    private async Task ApplyKvAsync(WatchPlan plan)
    {
        foreach (var (datacenter, group) in _kvGroups.ToList())
        {
            if (!plan.Kv.TryGetValue(datacenter, out var keys) || !group.TryTrack(keys))
            {
                _kvGroups.Remove(datacenter);
                await group.DisposeAsync().ConfigureAwait(false);
            }
        }

        foreach (var (datacenter, keys) in plan.Kv.Where(pair => !_kvGroups.ContainsKey(pair.Key)))
        {
            var group = new KvFeedGroup(datacenter, keys, _context);
            _kvGroups.Add(datacenter, group);
            group.Start();
            LogKvFeed(_logger, datacenter.ToString(), keys.Length, group.Prefix);
        }
    }

    private void Report(WatchPlan plan, int keys)
    {
        if (plan.IsMultiplexed != _plan.IsMultiplexed)
        {
            LogPlan(_logger, keys, plan.LongPolls, _context.Options.MaxConnections, plan.IsMultiplexed ? "shared change feeds" : "one long poll per dependency");
        }

        if (plan.Warning is { } warning && !_warned)
        {
            _warned = true;
            LogBudgetExceeded(_logger, warning);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Watching {Dependency}")]
    private static partial void LogWatching(ILogger logger, string dependency);

    [LoggerMessage(Level = LogLevel.Debug, Message = "No template reads {Dependency} any more; stopped watching it")]
    private static partial void LogStopped(ILogger logger, string dependency);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Keys} dependencies with {LongPolls} long polls (connection budget {Budget}): {Mode}")]
    private static partial void LogPlan(ILogger logger, int keys, int longPolls, int budget, string mode);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Datacenter {Datacenter}: {Keys} catalog dependencies through {Feeds} change feeds")]
    private static partial void LogFeeds(ILogger logger, string datacenter, int keys, int feeds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Datacenter {Datacenter}: {Keys} keys through one recursive watch of \"{Prefix}\"")]
    private static partial void LogKvFeed(ILogger logger, string datacenter, int keys, string prefix);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Warning}")]
    private static partial void LogBudgetExceeded(ILogger logger, string warning);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The connection budget of {Budget} is above Consul's default limit of {Limit} connections per client IP (limits.http_max_conns_per_client): past it the agent answers 429 and closes the connection. Lower -consul-max-connections, or raise the agent's limit.")]
    private static partial void LogAboveConsulLimit(ILogger logger, int budget, int limit);
}
