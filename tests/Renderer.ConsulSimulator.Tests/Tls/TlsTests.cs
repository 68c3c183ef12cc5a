using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Renderer.ConsulSimulator.Tls;

namespace Renderer.ConsulSimulator.Tests.Tls;

/// <summary>HTTPS with the runtime-generated CA, server and client certificates, and mTLS enforcement.</summary>
public sealed class TlsTests
{
    private static readonly SimulatorOptions MutualTls = new() { Tls = new TlsOptions { RequireClientCertificate = true } };

    [Fact]
    public async Task A_client_trusting_the_CA_with_the_client_certificate_is_served()
    {
        await using var simulator = await ConsulSimulator.StartAsync(MutualTls);
        var certificates = simulator.Certificates!;
        using var client = CreateClient(certificates.CaCertificate, certificates.ClientCertificate);

        using var response = await client.GetAsync(new Uri(simulator.HttpsAddress!, "/v1/status/leader"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"127.0.0.1:8300\"", await response.Content.ReadAsStringAsync());
        Assert.Equal("https", simulator.HttpsAddress!.Scheme);
    }

    [Fact]
    public async Task The_PEM_files_configure_a_client_as_CONSUL_CACERT_and_CLIENT_CERT_KEY_would()
    {
        await using var simulator = await ConsulSimulator.StartAsync(MutualTls);
        var certificates = simulator.Certificates!;
        var ca = X509CertificateLoader.LoadCertificateFromFile(certificates.CaCertificatePath);
        using var clientCertificate = X509Certificate2.CreateFromPemFile(certificates.ClientCertificatePath, certificates.ClientKeyPath);
        using var client = CreateClient(ca, clientCertificate);

        using var response = await client.GetAsync(new Uri(simulator.HttpsAddress!, "/v1/catalog/datacenters"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_client_trusting_another_CA_refuses_the_server()
    {
        await using var simulator = await ConsulSimulator.StartAsync(MutualTls);
        using var stranger = SimulatorCertificates.Create();
        using var client = CreateClient(stranger.CaCertificate, simulator.Certificates!.ClientCertificate);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri(simulator.HttpsAddress!, "/v1/status/leader")));
    }

    [Fact]
    public async Task Without_a_client_certificate_mutual_TLS_refuses_the_client()
    {
        await using var simulator = await ConsulSimulator.StartAsync(MutualTls);
        using var client = CreateClient(simulator.Certificates!.CaCertificate, clientCertificate: null);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri(simulator.HttpsAddress!, "/v1/status/leader")));
    }

    [Fact]
    public async Task A_client_certificate_from_another_CA_is_refused()
    {
        await using var simulator = await ConsulSimulator.StartAsync(MutualTls);
        using var stranger = SimulatorCertificates.Create();
        using var client = CreateClient(simulator.Certificates!.CaCertificate, stranger.ClientCertificate);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri(simulator.HttpsAddress!, "/v1/status/leader")));
    }

    [Fact]
    public async Task Without_mutual_TLS_a_client_needs_only_the_CA()
    {
        await using var simulator = await ConsulSimulator.StartAsync(new SimulatorOptions { Tls = new TlsOptions() });
        using var client = CreateClient(simulator.Certificates!.CaCertificate, clientCertificate: null);

        using var response = await client.GetAsync(new Uri(simulator.HttpsAddress!, "/v1/status/leader"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static HttpClient CreateClient(X509Certificate2 trustedCa, X509Certificate2? clientCertificate)
    {
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, errors) => ChainsTo(certificate, trustedCa, errors),
                ClientCertificates = clientCertificate is null ? null : new X509CertificateCollection { clientCertificate },
            },
        };
        return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
    }

    private static bool ChainsTo(X509Certificate? certificate, X509Certificate2 trustedCa, SslPolicyErrors errors)
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(trustedCa);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(new X509Certificate2(certificate));
    }
}
