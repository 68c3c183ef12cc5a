using Microsoft.Extensions.Logging;
using Renderer.TestKit;

namespace Renderer.Core.Tests.Running;

/// <summary>A logger factory whose loggers all record into one list, whatever their category.</summary>
internal sealed class RecordingLoggerFactory : ILoggerFactory
{
    private readonly RecordingLogger<RecordingLoggerFactory> _logger = new();

    public IReadOnlyList<LogEntry> Entries => _logger.Entries;

    public ILogger CreateLogger(string categoryName) => _logger;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }
}
