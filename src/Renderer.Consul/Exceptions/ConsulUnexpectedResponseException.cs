using System.Globalization;
using System.Net;

namespace Renderer.Consul.Exceptions;

/// <summary>
/// Consul answered with a status the endpoint does not use for reads (404 on a non-KV path, 405, 413, …) or with a
/// body that is not the expected JSON. Not retried: usually a wrong address prefix or a proxy in the way.
/// </summary>
public sealed class ConsulUnexpectedResponseException : ConsulException
{
    public ConsulUnexpectedResponseException(string endpoint, HttpStatusCode statusCode, string reason, Exception? inner = null)
        : base(
            $"Consul answered {endpoint} with {((int)statusCode).ToString(CultureInfo.InvariantCulture)} {statusCode}: " +
            $"{reason}. Is the address (and its path prefix) that of a Consul HTTP API?",
            statusCode,
            endpoint,
            inner)
    {
        Reason = reason;
    }

    /// <summary>The body Consul sent, or what was wrong with it.</summary>
    public string Reason { get; }
}
