using Renderer.Consul.Exceptions;
using Renderer.Consul.Tests.Support;

namespace Renderer.Consul.Tests.Http;

/// <summary>Certificates on a real TLS loopback server: custom CA, server name, verification off, client certificate.</summary>
public sealed class TlsTransportTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly TestCertificates _pki = new("consul.test", includeLoopbackIp: true);

    public void Dispose()
    {
        _pki.Dispose();
        _temp.Dispose();
    }

    private ConsulClient Client(LoopbackHttpServer server, ConsulClientOptions options) =>
        new(options with
        {
            Address = server.Address,
            EnvironmentReader = _ => null,
            Retry = new ConsulRetryOptions { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(10) },
        });

    [Fact]
    public async Task A_server_certificate_signed_by_the_configured_ca_is_accepted()
    {
        await using var server = LoopbackHttpServer.StartTcp(_ => "[]", _pki.Server);
        using var client = Client(server, new ConsulClientOptions { CaFile = _temp.File("ca.pem", _pki.AuthorityPem) });

        var nodes = await client.GetCatalogNodesAsync();

        Assert.Empty(nodes.Value);
        Assert.True(client.Connection.UseTls);
    }

    [Fact]
    public async Task A_ca_directory_is_read_like_a_ca_file()
    {
        _temp.File("cas/other.txt", "not a certificate");
        _temp.File("cas/ca.pem", _pki.AuthorityPem);
        await using var server = LoopbackHttpServer.StartTcp(_ => "[]", _pki.Server);
        using var client = Client(server, new ConsulClientOptions { CaPath = Path.Combine(_temp.Path, "cas") });

        Assert.Empty((await client.GetCatalogNodesAsync()).Value);
    }

    [Fact]
    public async Task A_certificate_from_another_ca_fails_at_once_with_a_tls_error_and_is_not_retried()
    {
        using var stranger = new TestCertificates("consul.test", includeLoopbackIp: true);
        await using var server = LoopbackHttpServer.StartTcp(_ => "[]", _pki.Server);
        using var client = Client(server, new ConsulClientOptions { CaFile = _temp.File("ca.pem", stranger.AuthorityPem) });

        var error = await Assert.ThrowsAsync<ConsulTlsException>(() => client.GetCatalogNodesAsync());

        Assert.Equal(1, server.ConnectionCount);
        Assert.Contains("CONSUL_CACERT", error.Message);
        Assert.Equal("/v1/catalog/nodes", error.Endpoint);
    }

    [Fact]
    public async Task Turning_verification_off_accepts_an_untrusted_certificate()
    {
        await using var server = LoopbackHttpServer.StartTcp(_ => "[]", _pki.Server);
        using var client = Client(server, new ConsulClientOptions { VerifyTls = false });

        Assert.Empty((await client.GetCatalogNodesAsync()).Value);
    }

    [Fact]
    public async Task The_tls_server_name_is_what_the_certificate_must_match()
    {
        using var namedOnly = new TestCertificates("consul.test", includeLoopbackIp: false);
        var ca = _temp.File("named-ca.pem", namedOnly.AuthorityPem);
        await using var server = LoopbackHttpServer.StartTcp(_ => "[]", namedOnly.Server);

        using (var byAddress = Client(server, new ConsulClientOptions { CaFile = ca }))
        {
            await Assert.ThrowsAsync<ConsulTlsException>(() => byAddress.GetCatalogNodesAsync());
        }

        using var byName = Client(server, new ConsulClientOptions { CaFile = ca, TlsServerName = "consul.test:8501" });
        Assert.Empty((await byName.GetCatalogNodesAsync()).Value);
    }

    [Fact]
    public async Task The_client_certificate_from_pem_files_is_presented_to_the_server()
    {
        await using var server = LoopbackHttpServer.StartTcp(_ => "[]", _pki.Server, requireClientCertificate: true);
        using var client = Client(server, new ConsulClientOptions
        {
            CaFile = _temp.File("ca.pem", _pki.AuthorityPem),
            ClientCertFile = _temp.File("client.pem", _pki.ClientCertificatePem),
            ClientKeyFile = _temp.File("client.key", _pki.ClientKeyPem),
        });

        await client.GetCatalogNodesAsync();

        Assert.Equal("CN=renderer-client", server.ClientCertificate?.Subject);
    }

    [Fact]
    public void A_ca_file_without_certificates_is_a_configuration_error_when_the_client_is_created()
    {
        var options = new ConsulClientOptions
        {
            Address = "https://127.0.0.1:8501",
            CaFile = _temp.File("empty.pem", "no certificate here"),
            EnvironmentReader = _ => null,
        };

        var error = Assert.Throws<ConsulConfigurationException>(() => new ConsulClient(options));

        Assert.Contains("contains no PEM certificate", error.Message);
    }
}
