using Renderer.Consul.Configuration;
using Renderer.Consul.Exceptions;
using Renderer.Consul.Tests.Support;
using static Renderer.Consul.Configuration.ConsulEnvironmentVariables;

namespace Renderer.Consul.Tests.Configuration;

public sealed class TlsResolutionTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static ConsulConnection Resolve(ConsulClientOptions options, params (string, string)[] environment) =>
        ConsulConnection.Resolve(options with { EnvironmentReader = FakeEnvironment.Of(environment) });

    private static ConsulConnection Resolve(params (string, string)[] environment) => Resolve(new ConsulClientOptions(), environment);

    [Fact]
    public void The_ca_file_variable_is_used_for_tls()
    {
        var ca = _temp.File("ca.pem", "x");

        var connection = Resolve((HttpSsl, "true"), (CaCert, ca));

        Assert.Equal(ca, connection.Tls.CaFile);
    }

    [Fact]
    public void The_ca_path_variable_is_used_when_no_ca_file_is_set()
    {
        var connection = Resolve((HttpSsl, "true"), (ConsulEnvironmentVariables.CaPath, _temp.Path));

        Assert.Equal(_temp.Path, connection.Tls.CaPath);
        Assert.Null(connection.Tls.CaFile);
    }

    [Fact]
    public void A_ca_file_wins_over_a_ca_path_with_a_warning()
    {
        var ca = _temp.File("ca.pem", "x");

        var connection = Resolve((HttpSsl, "true"), (CaCert, ca), (ConsulEnvironmentVariables.CaPath, _temp.Path));

        Assert.Equal(ca, connection.Tls.CaFile);
        Assert.Null(connection.Tls.CaPath);
        Assert.Contains(connection.Warnings, w => w.Contains("CONSUL_CAPATH is ignored", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ca_option_beats_both_ca_variables_as_a_pair()
    {
        var ca = _temp.File("env-ca.pem", "x");

        var connection = Resolve(new ConsulClientOptions { UseTls = true, CaPath = _temp.Path }, (CaCert, ca));

        Assert.Null(connection.Tls.CaFile);
        Assert.Equal(_temp.Path, connection.Tls.CaPath);
    }

    [Fact]
    public void The_client_certificate_variables_are_used_together()
    {
        var cert = _temp.File("client.pem", "x");
        var key = _temp.File("client.key", "x");

        var connection = Resolve((HttpSsl, "true"), (ClientCert, cert), (ClientKey, key));

        Assert.Equal(cert, connection.Tls.ClientCertFile);
        Assert.Equal(key, connection.Tls.ClientKeyFile);
    }

    [Fact]
    public void Client_certificate_options_beat_the_variables()
    {
        var cert = _temp.File("option.pem", "x");
        var key = _temp.File("option.key", "x");

        var connection = Resolve(
            new ConsulClientOptions { UseTls = true, ClientCertFile = cert, ClientKeyFile = key },
            (ClientCert, "/env/cert.pem"),
            (ClientKey, "/env/key.pem"));

        Assert.Equal(cert, connection.Tls.ClientCertFile);
        Assert.Equal(key, connection.Tls.ClientKeyFile);
    }

    [Fact]
    public void A_client_key_without_a_certificate_is_an_error_naming_both_variables()
    {
        var key = _temp.File("client.key", "x");

        var error = Assert.Throws<ConsulConfigurationException>(() => Resolve((HttpSsl, "true"), (ClientKey, key)));

        Assert.Contains("CONSUL_CLIENT_KEY is set, CONSUL_CLIENT_CERT is not", error.Message);
    }

    [Fact]
    public void Missing_tls_files_are_reported_with_their_source()
    {
        var missing = Path.Combine(_temp.Path, "nope.pem");

        var error = Assert.Throws<ConsulConfigurationException>(() => Resolve((HttpSsl, "true"), (CaCert, missing)));

        Assert.Contains($"CA file '{missing}' (CONSUL_CACERT) does not exist", error.Message);
    }

    [Fact]
    public void Tls_files_are_not_checked_when_tls_is_off()
    {
        var connection = Resolve((CaCert, "/nowhere/ca.pem"));

        Assert.False(connection.UseTls);
    }
}
