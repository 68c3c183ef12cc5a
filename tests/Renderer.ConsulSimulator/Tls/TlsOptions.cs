namespace Renderer.ConsulSimulator.Tls;

/// <summary>The HTTPS listener (Consul's <c>ports.https</c>), served next to plain HTTP.</summary>
public sealed record TlsOptions
{
    /// <summary>HTTPS port on 127.0.0.1; 0 picks a free one. <value>Default: 0.</value></summary>
    public int Port { get; init; }

    /// <summary>Refuse clients without a certificate signed by the simulator's CA
    /// (Consul's <c>verify_incoming</c>). <value>Default: false.</value></summary>
    public bool RequireClientCertificate { get; init; }

    /// <summary>Certificates to serve; null generates a fresh CA, server and client certificate. Pass the
    /// previous instance's to keep clients' trust across a restart. <value>Default: null.</value></summary>
    public SimulatorCertificates? Certificates { get; init; }
}
