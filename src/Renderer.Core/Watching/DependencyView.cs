using Microsoft.Extensions.Logging;
using Renderer.Consul;
using Renderer.Consul.Blocking;
using Renderer.Consul.Exceptions;
using Renderer.Core.Dependencies;
using Renderer.Core.Dependencies.Data;

namespace Renderer.Core.Watching;

/// <summary>
/// Keeps the data of one dependency current: a blocking-query loop (index rules, rate limit and retries are the
/// client's) that publishes each new answer and reports it. One view, one long-poll.
/// </summary>
internal sealed partial class DependencyView : IAsyncDisposable
{
    private readonly ConsulClient _client;
    private readonly WatcherOptions _options;
    private readonly string _localDatacenter;
    private readonly Action<DependencyKey> _changed;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;
    private volatile DependencyData? _current;
    private volatile string? _lastError;

    public DependencyView(
        DependencyKey key,
        ConsulClient client,
        WatcherOptions options,
        string localDatacenter,
        Action<DependencyKey> changed,
        TimeProvider timeProvider,
        ILogger logger)
    {
        Key = key;
        _client = client;
        _options = options;
        _localDatacenter = localDatacenter;
        _changed = changed;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public DependencyKey Key { get; }

    /// <summary>The latest answer; null until the first one arrived.</summary>
    public DependencyData? Current => _current;

    /// <summary>Why the last query failed, while it keeps failing; null once an answer arrives.</summary>
    public string? LastError => _lastError;

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
            FetchAsync,
            new BlockingQueryOptions
            {
                Query = new QueryOptions { Datacenter = Key.Datacenter, Consistency = _options.Consistency },
                WaitTime = _options.BlockingWait,
                RateLimitBurst = _options.RateLimitBurst,
                RateLimitInterval = _options.RateLimitInterval,
            });
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var result = await query.NextAsync(cancellationToken).ConfigureAwait(false);
                _lastError = null;
                if (result.ValueChanged)
                {
                    Publish(result.Value);
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
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var answer = await _client.GetDatacentersAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                _lastError = null;
                var data = ConsulDataMapper.Datacenters(answer.Value);
                if (_current is not DatacentersData previous || !previous.Names.SequenceEqual(data.Names, StringComparer.Ordinal))
                {
                    Publish(data);
                }
                await Task.Delay(_options.DatacentersPollInterval, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ConsulException or HttpRequestException && !cancellationToken.IsCancellationRequested)
            {
                await RecordFailureAsync(e, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private void Publish(DependencyData data)
    {
        _current = data;
        _changed(Key);
    }

    private async Task RecordFailureAsync(Exception error, CancellationToken cancellationToken)
    {
        _lastError = error.Message;
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
                // The passing-only filter runs in Consul (smaller answers); other filters run here on the full answer.
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
