using Microsoft.Extensions.Logging;
using Renderer.Consul;
using Renderer.Consul.Blocking;
using Renderer.Consul.Exceptions;

namespace Renderer.Core.Watching.Feeds;

/// <summary>
/// One change feed: a long poll on a whole table (every service, every check, every node, a KV subtree) whose
/// answers are handed to <c>onAnswer</c> as soon as they arrive. Index rules are <see cref="BlockingQuery{T}"/>'s:
/// the first read does not block, an index that went down resets to 0 (the next read does not block), the same
/// index means nothing changed and is not reported, 0 is never sent. Each request holds one slot of the budget.
/// </summary>
internal sealed partial class FeedLoop<T> : IFeedLoop
{
    private readonly string _name;
    private readonly BlockingQuery<Holder> _query;
    private readonly WatchContext _context;
    private readonly Action<FeedAnswer<T>> _onAnswer;
    private readonly Action<string?> _onError;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    /// <param name="onAnswer">Called on the loop's task for every first, moved or backwards answer; must not block.</param>
    /// <param name="onError">Called with the reason when a read fails for good, and with null when reads succeed again.</param>
    public FeedLoop(
        string name,
        Func<QueryOptions, CancellationToken, Task<QueryResult<T>>> fetch,
        QueryOptions query,
        WatchContext context,
        Action<FeedAnswer<T>> onAnswer,
        Action<string?> onError)
    {
        _name = name;
        _context = context;
        _onAnswer = onAnswer;
        _onError = onError;
        _logger = context.LoggerFactory.CreateLogger("Renderer.Core.Watching.Feeds.FeedLoop");
        var budget = context.Budget;
        _query = context.Client.CreateBlockingQuery(
            name,
            (options, token) => budget.RunAsync(async ct =>
            {
                var result = await fetch(options, ct).ConfigureAwait(false);
                return new QueryResult<Holder>(new Holder { Value = result.Value }, result.Meta);
            }, token),
            new BlockingQueryOptions
            {
                Query = query,
                WaitTime = context.Options.BlockingWait,
                RateLimitBurst = context.Options.RateLimitBurst,
                RateLimitInterval = context.Options.RateLimitInterval,
            });
    }

    public void Start() => _loop = RunAsync(_stop.Token);

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

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var failing = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var result = await _query.NextAsync(cancellationToken).ConfigureAwait(false);
                if (failing)
                {
                    failing = false;
                    _onError(null);
                }

                if (result.Change != IndexChange.Unchanged)
                {
                    _onAnswer(new FeedAnswer<T>(
                        result.Value.Value!, result.Meta.LastIndex, result.PreviousIndex, result.Change, _context.TimeProvider.GetUtcNow()));
                }

                // The blocking query keeps its last answer for comparisons this loop does not make; a whole check
                // list is tens of megabytes at 5,000 services, so only the empty box stays.
                result.Value.Value = default;
            }
            catch (Exception e) when (e is ConsulException or HttpRequestException && !cancellationToken.IsCancellationRequested)
            {
                failing = true;
                _onError(e.Message);
                LogFeedFailed(_logger, _name, e.Message, _context.Options.RefusedRetryDelay);
                await Task.Delay(_context.Options.RefusedRetryDelay, _context.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The box the blocking query keeps instead of the answer itself.</summary>
    private sealed class Holder
    {
        public T? Value { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Change feed {Feed} failed: {Reason}; asking again in {Delay}")]
    private static partial void LogFeedFailed(ILogger logger, string feed, string reason, TimeSpan delay);
}
