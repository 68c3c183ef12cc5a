using Microsoft.Extensions.Logging;

namespace Renderer.TestKit;

/// <summary>An <see cref="ILogger{T}"/> that keeps every entry, for asserting on what a component logged.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly Lock _gate = new();
    private readonly List<LogEntry> _entries = [];

    /// <summary>The entries logged so far, in order.</summary>
    public IReadOnlyList<LogEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var fields = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        var entry = new LogEntry(logLevel, eventId, formatter(state, exception), fields.ToDictionary(pair => pair.Key, pair => pair.Value), exception);
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }
}
