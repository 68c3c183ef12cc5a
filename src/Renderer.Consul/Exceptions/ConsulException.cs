using System.Net;

namespace Renderer.Consul.Exceptions;

/// <summary>
/// Base of every error the Consul client reports. Messages never contain the ACL token (bodies echoed by the server
/// are scrubbed). Catch the subclasses to decide: <see cref="ConsulUnavailableException"/> is transient,
/// the others need a change of configuration or query.
/// </summary>
public abstract class ConsulException : Exception
{
    protected ConsulException(string message, HttpStatusCode? statusCode, string? endpoint, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Endpoint = endpoint;
    }

    /// <summary>The HTTP status Consul answered with, or <c>null</c> when there was no answer.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The API path of the failed request (e.g. <c>/v1/health/service/web</c>), or <c>null</c>.</summary>
    public string? Endpoint { get; }
}
