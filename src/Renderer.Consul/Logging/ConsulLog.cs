using Microsoft.Extensions.Logging;

namespace Renderer.Consul.Logging;

/// <summary>
/// Every log line of the Consul client, with structured fields. No method takes a token: what is logged are
/// endpoints, indexes, delays and scrubbed reasons.
/// </summary>
internal static partial class ConsulLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug,
        Message = "Consul client for {Address} (TLS {UseTls}, token from {TokenSource}, up to {MaxConnections} connections)")]
    public static partial void ClientCreated(ILogger logger, string address, bool useTls, string tokenSource, int maxConnections);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Consul configuration: {Warning}")]
    public static partial void ConfigurationWarning(ILogger logger, string warning);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning,
        Message = "Consul request {Endpoint} failed ({Reason}); retry {Attempt} in {Delay}")]
    public static partial void RetryFirst(ILogger logger, string endpoint, string reason, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug,
        Message = "Consul request {Endpoint} failed again ({Reason}); retry {Attempt} in {Delay}")]
    public static partial void RetryAgain(ILogger logger, string endpoint, string reason, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug,
        Message = "Consul request {Endpoint} with index {WaitIndex} answered {StatusCode} at index {Index} after {Elapsed}")]
    public static partial void RequestCompleted(
        ILogger logger, string endpoint, ulong waitIndex, int statusCode, ulong index, TimeSpan elapsed);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information,
        Message = "Blocking query {Query}: index went backwards from {PreviousIndex} to {Index}; next read does not block")]
    public static partial void IndexWentBackwards(ILogger logger, string query, ulong previousIndex, ulong index);

    [LoggerMessage(EventId = 7, Level = LogLevel.Debug, Message = "Blocking query {Query}: rate limited for {Delay}")]
    public static partial void RateLimited(ILogger logger, string query, TimeSpan delay);

    [LoggerMessage(EventId = 8, Level = LogLevel.Debug,
        Message = "Blocking query {Query}: index {Index} ({Change}, value changed: {ValueChanged})")]
    public static partial void QueryAnswered(ILogger logger, string query, ulong index, Blocking.IndexChange change, bool valueChanged);
}
