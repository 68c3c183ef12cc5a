using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Renderer.Cli.Logging;

/// <summary>
/// Log lines to a <see cref="TextWriter"/> (stderr in production, a buffer in tests), one line per event:
/// <c>2026-11-23T12:00:00.000Z info  Runner: message</c>. Written synchronously, so nothing is lost when the process
/// exits, and stdout stays free for what the user asked to see (dry runs, diffs).
/// </summary>
public sealed class TextWriterLoggerProvider : ILoggerProvider
{
    private readonly TextWriter _writer;
    private readonly TimeProvider _timeProvider;
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, TextWriterLogger> _loggers = new(StringComparer.Ordinal);

    public TextWriterLoggerProvider(TextWriter writer, TimeProvider timeProvider)
    {
        _writer = writer;
        _timeProvider = timeProvider;
    }

    public ILogger CreateLogger(string categoryName) =>
        _loggers.GetOrAdd(categoryName, name => new TextWriterLogger(this, ShortName(name)));

    public void Dispose() => _writer.Flush();

    internal void Write(string category, LogLevel level, string message, Exception? exception)
    {
        var time = _timeProvider.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
        var line = $"{time} {LevelText(level)} {category}: {message}";
        if (exception is not null && level >= LogLevel.Error)
        {
            line += $" ({exception.GetType().Name})";
        }

        lock (_gate)
        {
            _writer.WriteLine(line);
            _writer.Flush();
        }
    }

    private static string ShortName(string category)
    {
        var dot = category.LastIndexOf('.');
        var name = dot >= 0 ? category[(dot + 1)..] : category;
        var generic = name.IndexOf('`', StringComparison.Ordinal);
        return generic >= 0 ? name[..generic] : name;
    }

    private static string LevelText(LogLevel level) => level switch
    {
        LogLevel.Trace => "trace",
        LogLevel.Debug => "debug",
        LogLevel.Information => "info ",
        LogLevel.Warning => "warn ",
        LogLevel.Error => "error",
        LogLevel.Critical => "crit ",
        _ => "     ",
    };

    private sealed class TextWriterLogger(TextWriterLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(category, logLevel, formatter(state, exception), exception);
            }
        }
    }
}
