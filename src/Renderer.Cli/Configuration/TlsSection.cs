namespace Renderer.Cli.Configuration;

/// <summary>The config file's <c>consul.ssl {}</c> object (consul-template's names).</summary>
public sealed record TlsSection
{
    /// <value><c>enabled</c>: use HTTPS.</value>
    public Located<bool>? Enabled { get; init; }

    /// <value><c>verify</c>: check the server's certificate.</value>
    public Located<bool>? Verify { get; init; }

    /// <value><c>ca_cert</c>, absolute.</value>
    public Located<string>? CaCert { get; init; }

    /// <value><c>ca_path</c> (a directory of CA certificates), absolute.</value>
    public Located<string>? CaPath { get; init; }

    /// <value><c>cert</c>: client certificate, absolute.</value>
    public Located<string>? Cert { get; init; }

    /// <value><c>key</c>: client certificate's private key, absolute.</value>
    public Located<string>? Key { get; init; }

    /// <value><c>server_name</c>: the name expected in the server's certificate (SNI).</value>
    public Located<string>? ServerName { get; init; }
}
