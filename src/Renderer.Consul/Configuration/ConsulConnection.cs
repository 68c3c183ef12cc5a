using System.Globalization;
using System.Text;

namespace Renderer.Consul.Configuration;

/// <summary>
/// The connection settings after options, environment and defaults have been merged: what the client actually uses.
/// <see cref="ToString"/> masks the token and the basic-auth password.
/// </summary>
public sealed record ConsulConnection
{
    public required ConsulAddress Address { get; init; }

    /// <summary>HTTPS (also over a unix socket).</summary>
    public bool UseTls { get; init; }

    /// <summary>The ACL token, or <c>null</c> for anonymous requests.</summary>
    public string? Token { get; init; }

    /// <summary>Where the token came from (<c>TokenFile option</c>, <c>CONSUL_HTTP_TOKEN</c>, …) or <c>none</c>; safe to log.</summary>
    public string TokenSource { get; init; } = "none";

    public ConsulBasicAuth? BasicAuth { get; init; }

    public ConsulTlsSettings Tls { get; init; } = new();

    public string? Datacenter { get; init; }

    public string? Namespace { get; init; }

    /// <summary>Settings that were ignored, with the reason (e.g. an unparsable <c>CONSUL_HTTP_SSL</c>).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Scheme, authority and path prefix every API path is appended to (<c>http://localhost</c> for a socket).</summary>
    public string BaseUri =>
        string.Create(CultureInfo.InvariantCulture, $"{(UseTls ? "https" : "http")}://{Address.Host}:{Address.Port}{Address.PathPrefix}");

    /// <summary>
    /// Merges <paramref name="options"/> with Consul's environment variables (read through
    /// <see cref="ConsulClientOptions.EnvironmentReader"/>) the way the <c>consul</c> CLI does: a set option beats its
    /// variable; the token comes from, in order, <c>TokenFile</c>, <c>Token</c>, <c>CONSUL_HTTP_TOKEN_FILE</c>,
    /// <c>CONSUL_HTTP_TOKEN</c> (only the winning file is read). Every problem is reported at once in a
    /// <see cref="Exceptions.ConsulConfigurationException"/>.
    /// </summary>
    public static ConsulConnection Resolve(ConsulClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ConnectionResolver(options).Resolve();
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Address = ").Append(Address)
            .Append(", UseTls = ").Append(UseTls)
            .Append(", Token = ").Append(Redaction.Mask(Token))
            .Append(", TokenSource = ").Append(TokenSource)
            .Append(", BasicAuth = ").Append(BasicAuth)
            .Append(", Tls = ").Append(Tls)
            .Append(", Datacenter = ").Append(Datacenter)
            .Append(", Namespace = ").Append(Namespace);
        return true;
    }
}
