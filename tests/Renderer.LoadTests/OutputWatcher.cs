using System.Diagnostics;

namespace Renderer.LoadTests;

/// <summary>
/// Watches the rendered file with inotify (FileSystemWatcher): the renderer replaces it by rename, so each new
/// version raises an event. Each event's time is taken when it arrives, and the file is read then.
/// </summary>
internal sealed class OutputWatcher : IDisposable
{
    private readonly string _path;
    private readonly FileSystemWatcher _watcher;
    private readonly SemaphoreSlim _events = new(0);
    private long _lastEventTicks;

    public OutputWatcher(string path)
    {
        _path = path;
        _watcher = new FileSystemWatcher(Path.GetDirectoryName(path)!, Path.GetFileName(path))
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Created += OnEvent;
        _watcher.Changed += OnEvent;
        _watcher.Renamed += OnEvent;
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>
    /// Waits until the file's text satisfies <paramref name="condition"/>; returns the timestamp
    /// (<see cref="Stopwatch.GetTimestamp"/>) of the event after which it first did.
    /// </summary>
    public async Task<long> WaitForAsync(Func<string, bool> condition, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (true)
        {
            var eventTicks = Interlocked.Read(ref _lastEventTicks);
            if (Read() is { } text && condition(text))
            {
                return eventTicks == 0 ? Stopwatch.GetTimestamp() : eventTicks;
            }

            try
            {
                await _events.WaitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{_path} did not show the expected change within {timeout.TotalSeconds} s.");
            }
        }
    }

    /// <summary>Forgets the events so far (called right before a change).</summary>
    public void Reset()
    {
        while (_events.CurrentCount > 0)
        {
            _events.Wait(0);
        }

        Interlocked.Exchange(ref _lastEventTicks, 0);
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _events.Dispose();
    }

    private string? Read()
    {
        try
        {
            return File.ReadAllText(_path);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        Interlocked.Exchange(ref _lastEventTicks, Stopwatch.GetTimestamp());
        _events.Release();
    }
}
