using System.Globalization;
using System.Text;
using Renderer.Consul.Configuration;

namespace Renderer.Consul;

/// <summary>
/// What the caller says about the connection (the CLI's flags) plus transport tunables. Connection properties left
/// <c>null</c> are taken from Consul's environment variables, then from Consul's defaults; the precedence is that of
/// the <c>consul</c> CLI (spec §10.1), see <see cref="ConsulConnection.Resolve"/>. <see cref="ToString"/> never shows
/// the token or the basic-auth password.
/// </summary>
public sealed record ConsulClientOptions
{
    /// <summary>Address in any <c>CONSUL_HTTP_ADDR</c> form; default <c>127.0.0.1:8500</c>.</summary>
    public string? Address { get; init; }

    /// <summary>ACL token, sent only as <c>X-Consul-Token</c>.</summary>
    public string? Token { get; init; }

    /// <summary>File holding the ACL token (read once, trimmed); wins over <see cref="Token"/>, like <c>-token-file</c>.</summary>
    public string? TokenFile { get; init; }

    /// <summary>Basic auth as <c>user[:password]</c>.</summary>
    public string? HttpAuth { get; init; }

    /// <summary>Use HTTPS. An <c>https://</c> address implies it.</summary>
    public bool? UseTls { get; init; }

    /// <summary>Verify the server certificate; default <c>true</c>.</summary>
    public bool? VerifyTls { get; init; }

    public string? CaFile { get; init; }

    public string? CaPath { get; init; }

    public string? ClientCertFile { get; init; }

    public string? ClientKeyFile { get; init; }

    /// <summary>Server name for SNI and certificate verification (a <c>:port</c> suffix is dropped).</summary>
    public string? TlsServerName { get; init; }

    /// <summary>Datacenter sent as <c>dc</c> on every request unless a query names another; default: the agent's.</summary>
    public string? Datacenter { get; init; }

    /// <summary>Enterprise namespace sent as <c>ns</c> (Community Edition answers 400 to any namespace).</summary>
    public string? Namespace { get; init; }

    /// <summary>Connections kept to the agent; each in-flight blocking query holds one (spec §11).</summary>
    /// <value>Default 16. Consul allows 200 per client IP; stay well below that.</value>
    public int MaxConnectionsPerServer { get; init; } = 16;

    /// <summary>
    /// Time allowed to open a connection. The one time-out not on the TimeProvider: the socket handler owns connection
    /// setup. Without it, a retried blocking read to an address that drops packets would wait out its whole
    /// wait + wait/16 time-out just to connect.
    /// </summary>
    /// <value>Default 10 s.</value>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Time-out of a request that does not block (no wait index).</summary>
    /// <value>Default 1 minute.</value>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Added to <c>wait + wait/16</c> (the server's jitter) to form a blocking request's time-out.</summary>
    /// <value>Default 15 s (wait 5 min → time-out 5 min 33.75 s).</value>
    public TimeSpan BlockingTimeoutSlack { get; init; } = TimeSpan.FromSeconds(15);

    /// <value>Default: exponential from 500 ms, capped at 30 s, jittered, forever.</value>
    public ConsulRetryOptions Retry { get; init; } = new();

    /// <summary>Reads an environment variable; tests pass a dictionary lookup, <c>_ => null</c> ignores the environment.</summary>
    /// <value>Default <see cref="System.Environment.GetEnvironmentVariable(string)"/>.</value>
    public Func<string, string?> EnvironmentReader { get; init; } = System.Environment.GetEnvironmentVariable;

    internal IEnumerable<string> ValidateTunables()
    {
        if (MaxConnectionsPerServer < 1)
        {
            yield return $"MaxConnectionsPerServer must be at least 1 (got {MaxConnectionsPerServer})";
        }

        if (ConnectTimeout <= TimeSpan.Zero)
        {
            yield return $"ConnectTimeout must be positive (got {ConnectTimeout})";
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            yield return $"RequestTimeout must be positive (got {RequestTimeout})";
        }

        if (BlockingTimeoutSlack < TimeSpan.Zero)
        {
            yield return $"BlockingTimeoutSlack must not be negative (got {BlockingTimeoutSlack})";
        }

        foreach (var problem in Retry.Validate())
        {
            yield return problem;
        }
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Address = ").Append(Address)
            .Append(", Token = ").Append(Redaction.Mask(Token))
            .Append(", TokenFile = ").Append(TokenFile)
            .Append(", HttpAuth = ").Append(HttpAuth is null ? null : MaskPassword(HttpAuth))
            .Append(", UseTls = ").Append(UseTls)
            .Append(", VerifyTls = ").Append(VerifyTls)
            .Append(", CaFile = ").Append(CaFile)
            .Append(", CaPath = ").Append(CaPath)
            .Append(", ClientCertFile = ").Append(ClientCertFile)
            .Append(", ClientKeyFile = ").Append(ClientKeyFile)
            .Append(", TlsServerName = ").Append(TlsServerName)
            .Append(", Datacenter = ").Append(Datacenter)
            .Append(", Namespace = ").Append(Namespace)
            .Append(", MaxConnectionsPerServer = ").Append(MaxConnectionsPerServer.ToString(CultureInfo.InvariantCulture))
            .Append(", ConnectTimeout = ").Append(ConnectTimeout)
            .Append(", RequestTimeout = ").Append(RequestTimeout)
            .Append(", BlockingTimeoutSlack = ").Append(BlockingTimeoutSlack)
            .Append(", Retry = ").Append(Retry);
        return true;
    }

    private static string MaskPassword(string httpAuth) => ConsulBasicAuth.Parse(httpAuth).ToString();
}
