using System.Net;

namespace Renderer.Consul.Exceptions;

/// <summary>
/// Consul answered 400 (<c>Invalid wait time</c>, a namespace on Community Edition, conflicting flags, …).
/// Never retried: the query or configuration has to change.
/// </summary>
public sealed class ConsulBadRequestException : ConsulException
{
    public ConsulBadRequestException(string endpoint, string reason)
        : base(
            $"Consul rejected {endpoint} (400 Bad Request): {reason}. Fix the query or configuration " +
            "(datacenter, namespace, filter, wait); repeating it will not help.",
            HttpStatusCode.BadRequest,
            endpoint)
    {
        Reason = reason;
    }

    /// <summary>The body Consul sent.</summary>
    public string Reason { get; }
}
