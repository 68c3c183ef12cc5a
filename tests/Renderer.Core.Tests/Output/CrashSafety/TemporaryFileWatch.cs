using System.Diagnostics;

namespace Renderer.Core.Tests.Output.CrashSafety;

/// <summary>
/// inotify (FileSystemWatcher) on the destination's directory: when the writer creates its temporary file, and
/// when it renames it over the destination, measured from the watch's start. The real renderer prints nothing
/// before it writes, so this is how the test knows the write has begun.
/// </summary>
internal sealed class TemporaryFileWatch : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TaskCompletionSource<TimeSpan> _created = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<TimeSpan> _renamed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TemporaryFileWatch(string destination)
    {
        var prefix = $".{Path.GetFileName(destination)}.renderer-";
        _watcher = new FileSystemWatcher(Path.GetDirectoryName(destination)!) { NotifyFilter = NotifyFilters.FileName };
        _watcher.Created += (_, e) =>
        {
            if (e.Name?.StartsWith(prefix, StringComparison.Ordinal) == true)
            {
                _created.TrySetResult(_clock.Elapsed);
            }
        };
        _watcher.Renamed += (_, e) =>
        {
            if (e.OldName?.StartsWith(prefix, StringComparison.Ordinal) == true && e.FullPath == destination)
            {
                _renamed.TrySetResult(_clock.Elapsed);
            }
        };
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>When the temporary file appeared.</summary>
    public Task<TimeSpan> Created => _created.Task;

    /// <summary>When it was renamed over the destination.</summary>
    public Task<TimeSpan> Renamed => _renamed.Task;

    public void Dispose() => _watcher.Dispose();
}
