using Renderer.Consul.Configuration;
using Renderer.Consul.Exceptions;
using Renderer.Consul.Tests.Support;
using Renderer.ConsulSimulator;
using Renderer.ConsulSimulator.Tls;

namespace Renderer.Consul.Tests.Simulated;

/// <summary>
/// HTTPS with mutual TLS configured only through Consul's variables (<c>CONSUL_HTTP_ADDR</c>, <c>CONSUL_CACERT</c>,
/// <c>CONSUL_CLIENT_CERT</c>, <c>CONSUL_CLIENT_KEY</c>), read through the options' environment reader.
/// </summary>
public sealed class TlsEnvironmentTests : IAsyncLifetime
{
    private ConsulSimulator.ConsulSimulator? _simulator;

    private ConsulSimulator.ConsulSimulator Simulator => _simulator!;

    private SimulatorCertificates Certificates => Simulator.Certificates!;

    public async Task InitializeAsync() =>
        _simulator = await ConsulSimulator.ConsulSimulator.StartAsync(
            new SimulatorOptions { Tls = new TlsOptions { RequireClientCertificate = true } });

    public async Task DisposeAsync() => await Simulator.DisposeAsync();

    [Fact]
    public async Task The_ca_and_client_certificate_from_the_environment_reach_the_agent()
    {
        using var client = ClientWith(
            (ConsulEnvironmentVariables.CaCert, Certificates.CaCertificatePath),
            (ConsulEnvironmentVariables.ClientCert, Certificates.ClientCertificatePath),
            (ConsulEnvironmentVariables.ClientKey, Certificates.ClientKeyPath));

        var services = await client.GetCatalogServicesAsync();

        Assert.True(client.Connection.UseTls);
        Assert.Contains("consul", services.Value.Keys);
    }

    [Fact]
    public async Task A_server_certificate_from_another_ca_fails_with_a_tls_error_and_no_request()
    {
        using var stranger = SimulatorCertificates.Create();
        using var client = ClientWith(
            (ConsulEnvironmentVariables.CaCert, stranger.CaCertificatePath),
            (ConsulEnvironmentVariables.ClientCert, Certificates.ClientCertificatePath),
            (ConsulEnvironmentVariables.ClientKey, Certificates.ClientKeyPath));

        var error = await Assert.ThrowsAsync<ConsulTlsException>(() => client.GetCatalogServicesAsync());

        Assert.Contains("CONSUL_CACERT", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, Simulator.Counters.TotalRequests);
    }

    [Fact]
    public async Task Without_a_client_certificate_an_agent_that_requires_one_fails_with_a_message_naming_the_fix()
    {
        using var client = ClientWith((ConsulEnvironmentVariables.CaCert, Certificates.CaCertificatePath));

        var error = await Assert.ThrowsAsync<ConsulUnavailableException>(() => client.GetCatalogServicesAsync());

        // TLS 1.3: the agent refuses after the handshake by closing the connection, which the client cannot tell
        // from an agent going away, so it is retried like one; the message says what to set.
        // The reason is what the retry log line shows.
        Assert.Contains("if it requires client certificates (verify_incoming), set CONSUL_CLIENT_CERT and CONSUL_CLIENT_KEY", error.Reason, StringComparison.Ordinal);
        Assert.Contains(error.Reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, Simulator.Counters.TotalRequests);
    }

    private ConsulClient ClientWith(params (string Name, string Value)[] variables) =>
        new(new ConsulClientOptions
        {
            EnvironmentReader = FakeEnvironment.Of([(ConsulEnvironmentVariables.HttpAddress, Simulator.HttpsAddress!.ToString()), .. variables]),

            // A TLS failure must not be retried; should it be, the test sees the extra attempts instead of hanging.
            Retry = new ConsulRetryOptions { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(10) },
        });
}
