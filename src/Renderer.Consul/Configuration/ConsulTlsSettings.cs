namespace Renderer.Consul.Configuration;

/// <summary>Resolved TLS settings (file paths only; the files are loaded when the client is created).</summary>
public sealed record ConsulTlsSettings
{
    /// <summary>Verify the server certificate. Default <c>true</c>; <c>CONSUL_HTTP_SSL_VERIFY=false</c> turns it off.</summary>
    public bool VerifyServerCertificate { get; init; } = true;

    /// <summary>PEM file with the CA certificates that sign the server's certificate (wins over <see cref="CaPath"/>).</summary>
    public string? CaFile { get; init; }

    /// <summary>Directory of PEM CA files, used when <see cref="CaFile"/> is not set.</summary>
    public string? CaPath { get; init; }

    /// <summary>PEM client certificate for mutual TLS (with <see cref="ClientKeyFile"/>).</summary>
    public string? ClientCertFile { get; init; }

    /// <summary>PEM private key of <see cref="ClientCertFile"/>.</summary>
    public string? ClientKeyFile { get; init; }

    /// <summary>Name the server certificate must carry (and SNI); <c>null</c> = the address's host.</summary>
    public string? ServerName { get; init; }
}
