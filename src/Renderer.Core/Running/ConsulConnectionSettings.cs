namespace Renderer.Core.Running;

/// <summary>
/// How to reach Consul as the user configured it (flags and config file). Anything left null falls
/// back to Consul's own environment variables (<c>CONSUL_HTTP_ADDR</c>, <c>CONSUL_HTTP_TOKEN</c> …) and then
/// to Consul's defaults, with the precedence of Consul's CLI.
/// </summary>
public sealed record ConsulConnectionSettings
{
    /// <summary><c>host:port</c>, <c>http://…</c>, <c>https://…</c> or <c>unix://…</c>. Default: <c>CONSUL_HTTP_ADDR</c>, else 127.0.0.1:8500.</summary>
    public string? Address { get; init; }

    /// <summary>ACL token. Never logged or printed.</summary>
    public string? Token { get; init; }

    /// <summary>File holding the ACL token.</summary>
    public string? TokenFile { get; init; }

    public string? Datacenter { get; init; }

    public string? Namespace { get; init; }

    /// <summary>Basic auth as <c>user:password</c>. Never logged or printed.</summary>
    public string? HttpAuth { get; init; }

    public bool? UseTls { get; init; }

    public bool? VerifyTls { get; init; }

    public string? CaFile { get; init; }

    public string? CaPath { get; init; }

    public string? ClientCertificateFile { get; init; }

    public string? ClientKeyFile { get; init; }

    public string? TlsServerName { get; init; }

    /// <summary>
    /// Most connections to the agent at once, long polls included: the client's pool size and the watcher's budget.
    /// Past the budget the watcher multiplexes dependencies through shared change feeds (docs/architecture.md).
    /// </summary>
    /// <value>16. Consul refuses more than 200 per client IP.</value>
    public int MaxConnections { get; init; } = 16;

    public override string ToString()
        => $"ConsulConnectionSettings {{ Address = {Address ?? "(default)"}, Token = {(Token is null ? "(none)" : "(redacted)")}, TokenFile = {TokenFile ?? "(none)"} }}";
}
