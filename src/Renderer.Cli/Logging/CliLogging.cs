using Microsoft.Extensions.Logging;

namespace Renderer.Cli.Logging;

/// <summary>The logger factory of one command run: level filter and the text writer provider.</summary>
public static class CliLogging
{
    public static ILoggerFactory Create(LogLevel minimumLevel, TextWriter writer, TimeProvider timeProvider) =>
        LoggerFactory.Create(builder => builder
            .SetMinimumLevel(minimumLevel)
            .AddProvider(new TextWriterLoggerProvider(writer, timeProvider)));
}
