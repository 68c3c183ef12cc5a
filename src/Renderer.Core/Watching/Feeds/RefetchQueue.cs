namespace Renderer.Core.Watching.Feeds;

/// <summary>
/// Service names waiting to be read again, served by a fixed number of workers: names a feed attributed a change
/// to go first, names a sweep merely checks go after them. The caller keeps each name queued at most once.
/// </summary>
internal sealed class RefetchQueue : IAsyncDisposable
{
    private readonly Queue<string> _urgent = new();
    private readonly Queue<string> _background = new();
    private readonly SemaphoreSlim _ready = new(0);
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _workers = [];

    /// <param name="workers">How many reads may run at once (each takes a budget slot besides).</param>
    /// <param name="work">Reads one service; exceptions other than cancellation are the worker's to report, not to escape.</param>
    /// <param name="startAfter">Workers wait for it before the first read (the feeds' baseline).</param>
    public RefetchQueue(int workers, Func<string, CancellationToken, Task> work, Task startAfter)
    {
        for (var i = 0; i < Math.Max(1, workers); i++)
        {
            _workers.Add(RunAsync(work, startAfter, _stop.Token));
        }
    }

    /// <summary>Names waiting (both priorities).</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _urgent.Count + _background.Count;
            }
        }
    }

    public void Enqueue(string name, bool urgent)
    {
        lock (_gate)
        {
            (urgent ? _urgent : _background).Enqueue(name);
        }

        _ready.Release();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_workers).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping is the point.
        }

        _stop.Dispose();
        _ready.Dispose();
    }

    private async Task RunAsync(Func<string, CancellationToken, Task> work, Task startAfter, CancellationToken cancellationToken)
    {
        await startAfter.WaitAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            await _ready.WaitAsync(cancellationToken).ConfigureAwait(false);
            string name;
            lock (_gate)
            {
                name = _urgent.Count > 0 ? _urgent.Dequeue() : _background.Dequeue();
            }

            await work(name, cancellationToken).ConfigureAwait(false);
        }
    }
}
