using System.Globalization;
using System.Net;

namespace Renderer.Consul.Exceptions;

/// <summary>
/// A transient failure: no connection, no answer in time, 429 or a 5xx (<c>No cluster leader</c>, …). The client
/// retries these with backoff; callers see this only when <see cref="ConsulRetryOptions.MaxRetries"/> is exhausted.
/// </summary>
public sealed class ConsulUnavailableException : ConsulException
{
    private ConsulUnavailableException(
        string message, HttpStatusCode? statusCode, string endpoint, string reason, TimeSpan? retryAfter, Exception? inner)
        : base(message, statusCode, endpoint, inner)
    {
        Reason = reason;
        RetryAfter = retryAfter;
    }

    /// <summary>What went wrong: the server's body, the transport error or the time-out.</summary>
    public string Reason { get; }

    /// <summary>The delay the server asked for with <c>Retry-After</c>, if any.</summary>
    public TimeSpan? RetryAfter { get; }

    internal static ConsulUnavailableException ForStatus(
        string endpoint, HttpStatusCode statusCode, string reason, TimeSpan? retryAfter)
    {
        var code = ((int)statusCode).ToString(CultureInfo.InvariantCulture);
        var body = reason.Length == 0 ? "(empty body)" : reason;
        return new ConsulUnavailableException(
            $"Consul could not answer {endpoint} ({code} {statusCode}): {body}.", statusCode, endpoint, body, retryAfter, null);
    }

    /// <param name="hint">What the failure most likely means, added to the reason (and so to the retry log line).</param>
    internal static ConsulUnavailableException ForTransport(string endpoint, Exception inner, string? hint = null)
    {
        var reason = hint is null ? inner.Message : $"{inner.Message.TrimEnd('.')}; {hint}";
        return new(
            $"Could not reach Consul for {endpoint}: {reason.TrimEnd('.')}. Check the address (CONSUL_HTTP_ADDR) and that the agent runs.",
            null,
            endpoint,
            reason,
            null,
            inner);
    }

    internal static ConsulUnavailableException ForTimeout(string endpoint, TimeSpan timeout, Exception inner) =>
        new(
            $"Consul did not answer {endpoint} within {timeout}.",
            null,
            endpoint,
            $"no answer within {timeout}",
            null,
            inner);
}
