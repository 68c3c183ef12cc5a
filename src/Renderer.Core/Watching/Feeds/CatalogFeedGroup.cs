using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Renderer.Consul;
using Renderer.Consul.Models;
using Renderer.Core.Dependencies;
using Renderer.Core.Watching.Planning;

namespace Renderer.Core.Watching.Feeds;

/// <summary>
/// Keeps every <c>services</c>, <c>service</c> and <c>nodes</c> dependency of one datacenter current with a constant
/// number of long polls, whatever the number of services (docs/architecture.md, "Watching at scale"):
/// <list type="bullet">
/// <item><c>/v1/catalog/services</c>: the services table (registrations, deregistrations, changes anywhere);</item>
/// <item><c>/v1/health/state/any</c>: every check, with its service and node;</item>
/// <item><c>/v1/catalog/nodes</c>: node addresses and meta;</item>
/// <item>optionally <c>/v1/health/state/critical</c> and <c>/warning</c>: small answers that attribute a health flip
/// before the big check list arrives.</item>
/// </list>
/// Each answer is diffed with the previous one; the services a change concerns are read again with non-blocking
/// reads (at most as many at once as the budget leaves), and a read is published only when its
/// X-Consul-Index moved. A services-table change no feed explains (a port changed, nothing else) triggers a sweep.
/// </summary>
internal sealed partial class CatalogFeedGroup : IAsyncDisposable
{
    private readonly DatacenterName _datacenter;
    private readonly WatchContext _context;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, WatchedService> _services = new(StringComparer.OrdinalIgnoreCase);
    private readonly StringPool _strings = new();
    private readonly CompactInstances _compact;
    private readonly ServiceMapTable _serviceMap;
    private readonly CheckTable _allChecks;
    private readonly CheckTable _criticalChecks;
    private readonly CheckTable _warningChecks;
    private readonly NodeTable _nodes = new();
    private readonly TaskCompletionSource _baseline = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<IFeedLoop> _feeds = [];
    private readonly RefetchQueue _queue;
    private readonly int _feedCount;
    private readonly int _sweepParallelism;
    private int _feedsAnswered;
    private DependencyKey? _servicesKey;
    private DependencyKey? _nodesKey;
    private string? _feedError;
    private bool _disposed;
    private Task _maintenance = Task.CompletedTask;

    /// <param name="reReadSlots">Connections the plan leaves for re-reads.</param>
    public CatalogFeedGroup(DatacenterName datacenter, bool fastHealth, int reReadSlots, WatchContext context)
    {
        _datacenter = datacenter;
        _context = context;
        _logger = context.LoggerFactory.CreateLogger<CatalogFeedGroup>();
        _compact = new CompactInstances(_strings);
        _serviceMap = new ServiceMapTable(_strings);
        _allChecks = new CheckTable(_strings);
        _criticalChecks = new CheckTable(_strings);
        _warningChecks = new CheckTable(_strings);
        // With the fast health feeds, the whole check list is read once as their baseline, then on demand.
        _feedCount = fastHealth ? 5 : 3;
        _checksOnDemand = fastHealth;
        _sweepParallelism = Math.Max(1, reReadSlots / 2);
        _queue = new RefetchQueue(Math.Max(1, reReadSlots), RefetchAsync, _baseline.Task);
        CreateFeeds(fastHealth);
    }

    private string? Dc => _datacenter.Name;

    private string DatacenterForData => Dc ?? _context.LocalDatacenter;

    public void Start()
    {
        foreach (var feed in _feeds)
        {
            feed.Start();
        }

        if (_checksOnDemand)
        {
            lock (_gate)
            {
                RequestAllChecks();
            }
        }

        _maintenance = MaintainAsync(_stop.Token);
    }

    /// <summary>Serves exactly <paramref name="keys"/> from now on; new services are read once the feeds have answered.</summary>
    public void Track(ImmutableArray<DependencyKey> keys)
    {
        lock (_gate)
        {
            _servicesKey = keys.FirstOrDefault(key => key.Kind == DependencyKind.Services);
            _nodesKey = keys.FirstOrDefault(key => key.Kind == DependencyKind.Nodes);
            var wanted = keys.Where(key => key.Kind == DependencyKind.Service)
                .GroupBy(key => key.Name, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.OrdinalIgnoreCase);
            foreach (var name in _services.Keys.Where(name => !wanted.ContainsKey(name)).ToList())
            {
                Forget(_services[name]);
            }

            foreach (var (name, serviceKeys) in wanted)
            {
                if (!_services.TryGetValue(name, out var watched))
                {
                    watched = new WatchedService(name);
                    _services.Add(name, watched);
                }

                watched.Keys.Clear();
                watched.Keys.AddRange(serviceKeys);
                if (serviceKeys.Any(key => !watched.Published.Contains(key)))
                {
                    // A new key, or a new variant of a known service: one read serves every variant.
                    Touch(watched, urgent: true);
                }
            }

            PublishTablesTo(_servicesKey, _nodesKey);
        }
    }

    /// <summary>Why the group's keys have no data, when a feed keeps failing.</summary>
    public string? Error
    {
        get
        {
            lock (_gate)
            {
                return _feedError;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            _disposed = true;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        foreach (var feed in _feeds)
        {
            await feed.DisposeAsync().ConfigureAwait(false);
        }

        await _queue.DisposeAsync().ConfigureAwait(false);
        try
        {
            await _maintenance.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping is the point.
        }

        _stop.Dispose();
    }

    private void CreateFeeds(bool fastHealth)
    {
        var client = _context.Client;
        var options = _context.Options;
        _feeds.Add(new FeedLoop<IReadOnlyDictionary<string, IReadOnlyList<string>>>(
            $"services feed{At}", client.GetCatalogServicesAsync, WatchQueries.LongPoll(options, Dc, cacheable: true), _context, OnServices, OnFeedError));
        if (!fastHealth)
        {
            _feeds.Add(new FeedLoop<IReadOnlyList<HealthCheck>>(
                $"checks feed{At}", (q, ct) => client.GetHealthStateAsync(HealthState.Any, q, ct), WatchQueries.LongPoll(options, Dc, cacheable: false), _context, OnChecks, OnFeedError));
        }

        _feeds.Add(new FeedLoop<IReadOnlyList<Node>>(
            $"nodes feed{At}", client.GetCatalogNodesAsync, WatchQueries.LongPoll(options, Dc, cacheable: false), _context, OnNodes, OnFeedError));
        if (fastHealth)
        {
            _feeds.Add(new FeedLoop<IReadOnlyList<HealthCheck>>(
                $"critical checks feed{At}", (q, ct) => client.GetHealthStateAsync(HealthState.Critical, q, ct), WatchQueries.LongPoll(options, Dc, cacheable: false), _context,
                answer => OnFastHealth(_criticalChecks, answer), OnFeedError));
            _feeds.Add(new FeedLoop<IReadOnlyList<HealthCheck>>(
                $"warning checks feed{At}", (q, ct) => client.GetHealthStateAsync(HealthState.Warning, q, ct), WatchQueries.LongPoll(options, Dc, cacheable: false), _context,
                answer => OnFastHealth(_warningChecks, answer), OnFeedError));
        }
    }

    private string At => Dc is null ? "" : "@" + Dc;

    /// <summary>Counts the first answer of each feed; re-reads start once all have answered (their baseline).</summary>
    private void BaselineAnswered()
    {
        if (++_feedsAnswered == _feedCount)
        {
            _baseline.TrySetResult();
            LogFeedsReady(_logger, _datacenter.ToString(), _feeds.Count, _services.Count);
        }
    }

    private void OnFeedError(string? error)
    {
        List<DependencyKey> keys;
        lock (_gate)
        {
            _feedError = error;
            keys = [.. _services.Values.SelectMany(service => service.Keys)];
            if (_servicesKey is { } services)
            {
                keys.Add(services);
            }

            if (_nodesKey is { } nodes)
            {
                keys.Add(nodes);
            }
        }

        foreach (var key in keys)
        {
            if (error is null)
            {
                _context.Store.Recover(key);
            }
            else
            {
                _context.Store.Fail(key, error);
            }
        }
    }

    private void Forget(WatchedService watched)
    {
        _services.Remove(watched.Name);
        RemoveRows(watched);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Change feeds of datacenter {Datacenter} ready ({Feeds} long polls); reading {Services} services")]
    private static partial void LogFeedsReady(ILogger logger, string datacenter, int feeds, int services);
}
