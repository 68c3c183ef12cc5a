using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Renderer.Consul.Logging;

namespace Renderer.Consul.Blocking;

/// <summary>
/// Keeps the index state of one watched read and applies Consul's blocking rules (spec §1.4): the first read does
/// not block; later reads send the last index (never 0: a 0 from the server becomes 1) with the wait; an index
/// that goes down resets to 0 so the next read does not block; the same index means "nothing changed"; every read
/// first takes a token from a bucket, so a churning query degrades to polling. Transient errors are retried inside
/// the client; what escapes <see cref="NextAsync"/> is final (or cancellation) and leaves the state untouched.
/// One loop per instance: <see cref="NextAsync"/> must not be called concurrently.
/// </summary>
public sealed class BlockingQuery<T>
{
    private readonly Func<QueryOptions, CancellationToken, Task<QueryResult<T>>> _fetch;
    private readonly BlockingQueryOptions _options;
    private readonly IEqualityComparer<T>? _comparer;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly TokenBucket _bucket;
    private bool _answered;
    private T? _lastValue;
    private int _running;

    /// <param name="name">Names the query in logs (e.g. <c>health service web passing</c>).</param>
    /// <param name="fetch">Performs the read with the options it is given.</param>
    /// <param name="options">Wait and rate limit; default <see cref="BlockingQueryOptions.Default"/>.</param>
    /// <param name="comparer">Decides <see cref="BlockingQueryResult{T}.ValueChanged"/> when the index advanced; none = changed.</param>
    /// <param name="timeProvider">Clock of the rate limit; default system.</param>
    /// <param name="logger">Default none.</param>
    public BlockingQuery(
        string name,
        Func<QueryOptions, CancellationToken, Task<QueryResult<T>>> fetch,
        BlockingQueryOptions? options = null,
        IEqualityComparer<T>? comparer = null,
        TimeProvider? timeProvider = null,
        ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(fetch);
        _options = options ?? BlockingQueryOptions.Default;
        _options.Validate();
        Name = name;
        _fetch = fetch;
        _comparer = comparer;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        _bucket = new TokenBucket(_options.RateLimitBurst, _options.RateLimitInterval, _timeProvider);
    }

    public string Name { get; }

    /// <summary>The index the next read sends; 0 = the next read does not block.</summary>
    public ulong WaitIndex { get; private set; }

    /// <summary>The index of the last answer (0 before the first).</summary>
    public ulong LastIndex { get; private set; }

    /// <summary>Waits for the rate limit, performs one read and classifies its index.</summary>
    public async Task<BlockingQueryResult<T>> NextAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            throw new InvalidOperationException($"Blocking query '{Name}' is already reading; it serves one loop.");
        }

        try
        {
            await WaitForTokenAsync(cancellationToken).ConfigureAwait(false);
            var query = _options.Query with
            {
                WaitIndex = WaitIndex,
                WaitTime = WaitIndex > 0 ? _options.WaitTime : null,
            };
            var result = await _fetch(query, cancellationToken).ConfigureAwait(false);
            return Record(result);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    /// <summary>Reads until an answer has <see cref="BlockingQueryResult{T}.ValueChanged"/> set, and returns it.</summary>
    public async Task<BlockingQueryResult<T>> NextChangeAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var result = await NextAsync(cancellationToken).ConfigureAwait(false);
            if (result.ValueChanged)
            {
                return result;
            }
        }
    }

    private async Task WaitForTokenAsync(CancellationToken cancellationToken)
    {
        var delay = _bucket.Take();
        if (delay > TimeSpan.Zero)
        {
            ConsulLog.RateLimited(_logger, Name, delay);
            await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private BlockingQueryResult<T> Record(QueryResult<T> result)
    {
        var index = result.Meta.LastIndex;
        var previous = LastIndex;
        var change = !_answered ? IndexChange.Initial
            : index > previous ? IndexChange.Advanced
            : index == previous ? IndexChange.Unchanged
            : IndexChange.WentBackwards;
        var valueChanged = change switch
        {
            IndexChange.Initial => true,
            IndexChange.Unchanged => false,
            _ => _comparer is null || !_comparer.Equals(_lastValue!, result.Value),
        };
        if (change == IndexChange.WentBackwards)
        {
            ConsulLog.IndexWentBackwards(_logger, Name, previous, index);
        }

        // Spec §1.4 rules 2 and 5: reset to 0 after a lower index; never block on 0 (a misbehaving server's 0 → 1).
        WaitIndex = change == IndexChange.WentBackwards ? 0 : Math.Max(index, 1);
        LastIndex = index;
        _answered = true;
        if (change != IndexChange.Unchanged)
        {
            _lastValue = result.Value;
        }

        ConsulLog.QueryAnswered(_logger, Name, index, change, valueChanged);
        return new BlockingQueryResult<T>(result.Value, result.Meta, change, valueChanged, previous);
    }
}
