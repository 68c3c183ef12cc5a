namespace Renderer.Core.Watching.Budget;

/// <summary>
/// The requests the watcher may have in flight to Consul at once, long polls included. It is as large as the
/// client's connection pool, so a request that got a slot gets a connection at once and never waits behind a long
/// poll for up to the blocking wait (issue 5: the 17th long poll of a 16-connection pool did).
/// </summary>
internal sealed class ConnectionBudget : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private int _inFlight;
    private int _peak;

    public ConnectionBudget(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        Size = size;
        _slots = new SemaphoreSlim(size, size);
    }

    public int Size { get; }

    /// <summary>Requests in flight now.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>The most requests in flight at once so far.</summary>
    public int Peak => Volatile.Read(ref _peak);

    /// <summary>Runs <paramref name="request"/> once a slot is free, holding the slot until it completes.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> request, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        var now = Interlocked.Increment(ref _inFlight);
        int peak;
        while (now > (peak = Volatile.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, peak) != peak)
        {
        }

        try
        {
            return await request(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
