namespace Renderer.Consul.Exceptions;

/// <summary>
/// The TLS handshake with Consul failed (untrusted or mismatched certificate, client certificate refused). Not
/// retried: the CA, server name or client certificate settings have to change.
/// </summary>
public sealed class ConsulTlsException : ConsulException
{
    public ConsulTlsException(string endpoint, Exception innerException)
        : base(
            $"TLS handshake with Consul failed for {endpoint}: {Describe(innerException)} Check CONSUL_CACERT/CONSUL_CAPATH, " +
            "CONSUL_TLS_SERVER_NAME and CONSUL_CLIENT_CERT/CONSUL_CLIENT_KEY (or the matching options).",
            null,
            endpoint,
            innerException)
    {
    }

    private static string Describe(Exception exception) =>
        exception.InnerException is { } inner ? $"{exception.Message} ({inner.Message})" : exception.Message;
}
