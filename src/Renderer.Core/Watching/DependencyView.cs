using Microsoft.Extensions.Logging;
using Renderer.Consul;
using Renderer.Consul.Blocking;
using Renderer.Consul.Exceptions;
using Renderer.Core.Dependencies;
using Renderer.Core.Dependencies.Data;
using Renderer.Core.Watching.Budget;
using Renderer.Core.Watching.Store;

namespace Renderer.Core.Watching;

/// <summary>
/// Keeps the data of one dependency current with its own long poll: a blocking-query loop (index rules, rate limit
/// and retries are the client's) that publishes each new answer. Used while the dependencies fit the connection
/// budget; past it, services, nodes and keys go through the shared feeds of <see cref="Feeds"/>.
/// </summary>
internal sealed partial class DependencyView : IAsyncDisposable
{
    private readonly ConsulClient _client;
    private readonly WatcherOptions _options;
    private readonly ConnectionBudget _budget;
    private readonly DependencyStore _store;
    private readonly string _localDatacenter;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;
    private DatacentersData? _datacenters;

    public DependencyView(DependencyKey key, WatchContext context, ILogger logger)
    {
        Key = key;
        _client = context.Client;
        _options = context.Options;
        _budget = context.Budget;
        _store = context.Store;
        _localDatacenter = context.LocalDatacenter;
        _timeProvider = context.TimeProvider;
        _logger = logger;
    }

    public DependencyKey Key { get; }

    public void Start() => _loop = Key.Kind == DependencyKind.Datacenters ? PollDatacentersAsync(_stop.Token) : WatchAsync(_stop.Token);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping is the point.
        }

        _stop.Dispose();
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        var query = _client.CreateBlockingQuery(
            Key.ToString(),
            (options, token) => _budget.RunAsync(ct => FetchAsync(options, ct), token),
            new BlockingQueryOptions
            {
                Query = WatchQueries.LongPoll(_options, Key.Datacenter, cacheable: Key.Kind is DependencyKind.Service or DependencyKind.Services),
                WaitTime = _options.BlockingWait,
                RateLimitBurst = _options.RateLimitBurst,
                RateLimitInterval = _options.RateLimitInterval,
            });
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var result = await query.NextAsync(cancellationToken).ConfigureAwait(false);
                if (result.ValueChanged)
                {
                    _store.Publish(Key, result.Value);
                }
                else
                {
                    _store.Recover(Key);
                }
            }
            catch (Exception e) when (e is ConsulException or HttpRequestException && !cancellationToken.IsCancellationRequested)
            {
                await RecordFailureAsync(e, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task PollDatacentersAsync(CancellationToken cancellationToken)
    {
        // The list has no index to block on; the agent's simple cache answers it (spec §2.2) for as long as we poll.
        var query = new QueryOptions
        {
            UseCache = _options.UseAgentCache,
            MaxAge = _options.UseAgentCache ? _options.DatacentersPollInterval : null,
        };
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var answer = await _budget.RunAsync(ct => _client.GetDatacentersAsync(query, ct), cancellationToken).ConfigureAwait(false);
                var data = ConsulDataMapper.Datacenters(answer.Value);
                if (_datacenters is null || !_datacenters.Names.SequenceEqual(data.Names, StringComparer.Ordinal))
                {
                    _datacenters = data;
                    _store.Publish(Key, data);
                }
                else
                {
                    _store.Recover(Key);
                }

                await Task.Delay(_options.DatacentersPollInterval, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ConsulException or HttpRequestException && !cancellationToken.IsCancellationRequested)
            {
                await RecordFailureAsync(e, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task RecordFailureAsync(Exception error, CancellationToken cancellationToken)
    {
        _store.Fail(Key, error.Message);
        LogQueryRefused(_logger, Key.ToString(), error.Message, _options.RefusedRetryDelay);
        await Task.Delay(_options.RefusedRetryDelay, _timeProvider, cancellationToken).ConfigureAwait(false);
    }

    private async Task<QueryResult<DependencyData>> FetchAsync(QueryOptions query, CancellationToken cancellationToken)
    {
        switch (Key.Kind)
        {
            case DependencyKind.Services:
                var services = await _client.GetCatalogServicesAsync(query, cancellationToken).ConfigureAwait(false);
                return new(ConsulDataMapper.Services(services.Value), services.Meta);
            case DependencyKind.Service:
                // The passing-only filter and the tag run in Consul (smaller answers); other filters run here on the full answer.
                var passingOnly = Key.Filter?.IsPassingOnly ?? true;
                var tags = Key.Tag is null ? null : new[] { Key.Tag };
                var entries = await _client.GetHealthServiceAsync(Key.Name, passingOnly, tags, query, cancellationToken).ConfigureAwait(false);
                return new(ConsulDataMapper.Service(Key, entries.Value, _localDatacenter), entries.Meta);
            case DependencyKind.Key:
                var pair = await _client.GetKeyAsync(Key.Name, query, cancellationToken).ConfigureAwait(false);
                return new(ConsulDataMapper.Key(pair.Value), pair.Meta);
            case DependencyKind.KeyPrefix:
                var pairs = await _client.GetKeyTreeAsync(Key.Name, query, cancellationToken).ConfigureAwait(false);
                return new(ConsulDataMapper.KeyPrefix(Key.Name, pairs.Value), pairs.Meta);
            case DependencyKind.Nodes:
                var nodes = await _client.GetCatalogNodesAsync(query, cancellationToken).ConfigureAwait(false);
                return new(ConsulDataMapper.Nodes(nodes.Value, Key.Datacenter ?? _localDatacenter), nodes.Meta);
            default:
                throw new InvalidOperationException($"{Key} is not watched with a blocking query.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Query for {Dependency} failed: {Reason}; asking again in {Delay}")]
    private static partial void LogQueryRefused(ILogger logger, string dependency, string reason, TimeSpan delay);
}
