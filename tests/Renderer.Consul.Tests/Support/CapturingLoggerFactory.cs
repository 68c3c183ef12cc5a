using Microsoft.Extensions.Logging;

namespace Renderer.Consul.Tests.Support;

/// <summary>Collects every log line (formatted message, structured values, exception) of every category.</summary>
public sealed class CapturingLoggerFactory : ILoggerFactory
{
    private readonly List<CapturedLog> _entries = [];

    public IReadOnlyList<CapturedLog> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    /// <summary>Everything a log sink could print: messages, values and exception text.</summary>
    public string AllText => string.Join(Environment.NewLine, Entries.Select(e => e.FullText));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private void Add(CapturedLog entry)
    {
        lock (_entries)
        {
            _entries.Add(entry);
        }
    }

    private sealed class Logger(CapturingLoggerFactory owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            owner.Add(new CapturedLog(
                category,
                logLevel,
                formatter(state, exception),
                values.ToDictionary(v => v.Key, v => v.Value),
                exception));
        }
    }
}
