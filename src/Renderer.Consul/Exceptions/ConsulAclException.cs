using System.Net;

namespace Renderer.Consul.Exceptions;

/// <summary>
/// Consul answered 403 (<c>ACL not found</c>, <c>Permission denied…</c>, or a blocked endpoint). Never retried:
/// the token or its policy has to change.
/// </summary>
public sealed class ConsulAclException : ConsulException
{
    public ConsulAclException(string endpoint, string reason)
        : base(
            $"Consul refused {endpoint} (403 Forbidden): {reason}. Check the ACL token (TokenFile/Token option, " +
            "CONSUL_HTTP_TOKEN_FILE or CONSUL_HTTP_TOKEN) and that its policy grants read access.",
            HttpStatusCode.Forbidden,
            endpoint)
    {
        Reason = reason;
    }

    /// <summary>The body Consul sent, e.g. <c>ACL not found</c> or <c>Permission denied</c>.</summary>
    public string Reason { get; }
}
