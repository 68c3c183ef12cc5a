using System.Collections.Concurrent;

namespace Renderer.ConsulSimulator.Hosting;

/// <summary>
/// Traffic counters: TCP connections (open, peak, total, rejected by the per-client limit), HTTP requests
/// (total and per path), and blocking queries currently waiting. Thread-safe; survive a restart.
/// </summary>
public sealed class SimulatorCounters
{
    private readonly ConcurrentDictionary<string, long> _requestsByPath = new(StringComparer.Ordinal);
    private long _openConnections;
    private long _peakOpenConnections;
    private long _totalConnections;
    private long _rejectedConnections;
    private long _totalRequests;
    private long _blockingQueries;

    /// <summary>TCP connections open right now (idle keep-alive connections included, as Consul counts them).</summary>
    public long OpenConnections => Interlocked.Read(ref _openConnections);

    /// <summary>The most connections open at once since start or <see cref="Reset"/>.</summary>
    public long PeakOpenConnections => Interlocked.Read(ref _peakOpenConnections);

    /// <summary>Connections accepted in total.</summary>
    public long TotalConnections => Interlocked.Read(ref _totalConnections);

    /// <summary>Connections answered with the raw 429 of the per-client limit.</summary>
    public long RejectedConnections => Interlocked.Read(ref _rejectedConnections);

    /// <summary>HTTP requests received in total.</summary>
    public long TotalRequests => Interlocked.Read(ref _totalRequests);

    /// <summary>Blocking queries currently waiting for a change or their timeout.</summary>
    public long BlockingQueriesInFlight => Interlocked.Read(ref _blockingQueries);

    /// <summary>Requests per exact request path (e.g. <c>/v1/health/service/web</c>).</summary>
    public IReadOnlyDictionary<string, long> RequestsByPath => new Dictionary<string, long>(_requestsByPath, StringComparer.Ordinal);

    /// <summary>Requests whose path starts with <paramref name="prefix"/>.</summary>
    public long RequestsUnder(string prefix) =>
        _requestsByPath.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(p => p.Value);

    /// <summary>Zeroes the totals and the peak (the peak restarts from the connections open now).</summary>
    public void Reset()
    {
        _requestsByPath.Clear();
        Interlocked.Exchange(ref _totalRequests, 0);
        Interlocked.Exchange(ref _totalConnections, 0);
        Interlocked.Exchange(ref _rejectedConnections, 0);
        Interlocked.Exchange(ref _peakOpenConnections, OpenConnections);
    }

    internal void ConnectionOpened()
    {
        Interlocked.Increment(ref _totalConnections);
        var open = Interlocked.Increment(ref _openConnections);
        long peak;
        while (open > (peak = Interlocked.Read(ref _peakOpenConnections))
            && Interlocked.CompareExchange(ref _peakOpenConnections, open, peak) != peak)
        {
        }
    }

    internal void ConnectionClosed() => Interlocked.Decrement(ref _openConnections);

    internal void ConnectionRejected() => Interlocked.Increment(ref _rejectedConnections);

    internal void RequestReceived(string path)
    {
        Interlocked.Increment(ref _totalRequests);
        _requestsByPath.AddOrUpdate(path, 1, (_, count) => count + 1);
    }

    internal void BlockingStarted() => Interlocked.Increment(ref _blockingQueries);

    internal void BlockingEnded() => Interlocked.Decrement(ref _blockingQueries);
}
