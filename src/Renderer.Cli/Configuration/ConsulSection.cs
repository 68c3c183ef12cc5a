namespace Renderer.Cli.Configuration;

/// <summary>The config file's <c>consul {}</c> object. Token and HTTP auth values are never printed.</summary>
public sealed record ConsulSection
{
    /// <value><c>address</c>.</value>
    public Located<string>? Address { get; init; }

    /// <value><c>token</c>.</value>
    public Located<string>? Token { get; init; }

    /// <value><c>token_file</c>, absolute.</value>
    public Located<string>? TokenFile { get; init; }

    /// <value><c>datacenter</c>.</value>
    public Located<string>? Datacenter { get; init; }

    /// <value><c>namespace</c>.</value>
    public Located<string>? Namespace { get; init; }

    /// <value><c>http_auth</c>: <c>user[:password]</c>.</value>
    public Located<string>? HttpAuth { get; init; }

    /// <value><c>max_connections</c>.</value>
    public Located<int>? MaxConnections { get; init; }

    /// <value><c>ssl {}</c>.</value>
    public TlsSection Tls { get; init; } = new();

    public override string ToString() =>
        $"ConsulSection {{ Address = {Address?.Value ?? "(none)"}, Token = {(Token is null ? "(none)" : "(redacted)")}, TokenFile = {TokenFile?.Value ?? "(none)"} }}";
}
