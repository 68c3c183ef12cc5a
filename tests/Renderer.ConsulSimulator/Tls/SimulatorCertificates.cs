using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Renderer.ConsulSimulator.Tls;

/// <summary>
/// A throw-away PKI made at runtime: a CA, a server certificate for <c>127.0.0.1</c>/<c>::1</c>/<c>localhost</c>
/// signed by it, and a client certificate signed by it. The PEM files let a client be configured the way
/// Consul's tooling is: <c>CONSUL_CACERT</c>, <c>CONSUL_CLIENT_CERT</c>, <c>CONSUL_CLIENT_KEY</c>.
/// </summary>
public sealed class SimulatorCertificates : IDisposable
{
    private static readonly Oid ServerAuth = new("1.3.6.1.5.5.7.3.1");
    private static readonly Oid ClientAuth = new("1.3.6.1.5.5.7.3.2");

    private SimulatorCertificates(string directory, X509Certificate2 ca, X509Certificate2 server, X509Certificate2 client)
    {
        Directory = directory;
        CaCertificate = ca;
        ServerCertificate = server;
        ClientCertificate = client;
    }

    /// <summary>The folder holding the PEM files; deleted on <see cref="Dispose"/>.</summary>
    public string Directory { get; }

    /// <summary>The CA (with its private key).</summary>
    public X509Certificate2 CaCertificate { get; }

    /// <summary>The server certificate (with its private key).</summary>
    public X509Certificate2 ServerCertificate { get; }

    /// <summary>A client certificate the server accepts (with its private key).</summary>
    public X509Certificate2 ClientCertificate { get; }

    /// <summary>PEM of the CA certificate (for <c>CONSUL_CACERT</c>).</summary>
    public string CaCertificatePath => Path.Combine(Directory, "ca.pem");

    /// <summary>PEM of the client certificate (for <c>CONSUL_CLIENT_CERT</c>).</summary>
    public string ClientCertificatePath => Path.Combine(Directory, "client.pem");

    /// <summary>PKCS#8 PEM of the client key (for <c>CONSUL_CLIENT_KEY</c>).</summary>
    public string ClientKeyPath => Path.Combine(Directory, "client-key.pem");

    /// <summary>PEM of the server certificate.</summary>
    public string ServerCertificatePath => Path.Combine(Directory, "server.pem");

    /// <summary>Generates a new CA, server and client certificate and writes their PEM files to a new temp folder.</summary>
    public static SimulatorCertificates Create()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("consul-sim-tls-").FullName;
        var now = DateTimeOffset.UtcNow;
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var ca = CreateCa(caKey, now);
        var (server, serverKey) = CreateLeaf(ca, "server.dc1.consul", [ServerAuth, ClientAuth], now, withServerNames: true);
        var (client, clientKey) = CreateLeaf(ca, "client.consul-simulator", [ClientAuth], now, withServerNames: false);
        File.WriteAllText(Path.Combine(directory, "ca.pem"), ca.ExportCertificatePem());
        File.WriteAllText(Path.Combine(directory, "server.pem"), server.ExportCertificatePem());
        File.WriteAllText(Path.Combine(directory, "server-key.pem"), serverKey);
        File.WriteAllText(Path.Combine(directory, "client.pem"), client.ExportCertificatePem());
        File.WriteAllText(Path.Combine(directory, "client-key.pem"), clientKey);
        return new SimulatorCertificates(directory, ca, server, client);
    }

    /// <summary>True when <paramref name="certificate"/> chains to this CA (how the server vets client certificates).</summary>
    public bool IsIssuedByCa(X509Certificate2 certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(CaCertificate);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(ClientAuth);
        return chain.Build(certificate);
    }

    public void Dispose()
    {
        CaCertificate.Dispose();
        ServerCertificate.Dispose();
        ClientCertificate.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A client may still hold a PEM open; the temp folder is left for the OS to clean.
        }
    }

    private static X509Certificate2 CreateCa(ECDsa key, DateTimeOffset now)
    {
        var request = new CertificateRequest("CN=Consul Simulator CA", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        using var created = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }

    private static (X509Certificate2 Certificate, string KeyPem) CreateLeaf(
        X509Certificate2 ca, string commonName, Oid[] usages, DateTimeOffset now, bool withServerNames)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={commonName}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([.. usages], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        if (withServerNames)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddDnsName("localhost");
            names.AddDnsName(commonName);
            names.AddIpAddress(IPAddress.Loopback);
            names.AddIpAddress(IPAddress.IPv6Loopback);
            request.CertificateExtensions.Add(names.Build());
        }

        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F; // a positive serial number, as RFC 5280 asks
        using var signed = request.Create(ca, now.AddDays(-1), now.AddMonths(6), serial);
        using var withKey = signed.CopyWithPrivateKey(key);
        var certificate = X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
        return (certificate, key.ExportPkcs8PrivateKeyPem());
    }
}
