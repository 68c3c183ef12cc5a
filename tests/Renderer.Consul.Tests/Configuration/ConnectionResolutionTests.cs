using Renderer.Consul.Configuration;
using Renderer.Consul.Exceptions;
using Renderer.Consul.Tests.Support;
using static Renderer.Consul.Configuration.ConsulEnvironmentVariables;

namespace Renderer.Consul.Tests.Configuration;

/// <summary>Options beat variables, variables beat defaults (spec §10.1); one test per variable and precedence rule.</summary>
public sealed class ConnectionResolutionTests
{
    private static ConsulConnection Resolve(ConsulClientOptions options, params (string, string)[] environment) =>
        ConsulConnection.Resolve(options with { EnvironmentReader = FakeEnvironment.Of(environment) });

    private static ConsulConnection Resolve(params (string, string)[] environment) => Resolve(new ConsulClientOptions(), environment);

    [Fact]
    public void Without_options_or_variables_the_agent_default_address_is_used_over_plain_http()
    {
        var connection = Resolve();

        Assert.Equal(ConsulAddress.Default, connection.Address);
        Assert.False(connection.UseTls);
        Assert.Equal("http://127.0.0.1:8500", connection.BaseUri);
        Assert.Null(connection.Token);
        Assert.Equal("none", connection.TokenSource);
    }

    [Fact]
    public void The_address_variable_is_used_when_no_address_option_is_set()
    {
        var connection = Resolve((HttpAddress, "10.1.2.3:9500"));

        Assert.Equal("http://10.1.2.3:9500", connection.BaseUri);
    }

    [Fact]
    public void The_address_option_beats_the_address_variable()
    {
        var connection = Resolve(new ConsulClientOptions { Address = "127.0.0.1:18500" }, (HttpAddress, "10.1.2.3:9500"));

        Assert.Equal("http://127.0.0.1:18500", connection.BaseUri);
    }

    [Fact]
    public void An_empty_variable_counts_as_unset()
    {
        var connection = Resolve((HttpAddress, ""), (HttpToken, ""));

        Assert.Equal(ConsulAddress.Default, connection.Address);
        Assert.Null(connection.Token);
    }

    [Fact]
    public void An_https_address_turns_tls_on()
    {
        var connection = Resolve((HttpAddress, "https://consul.example:8501/prefix"));

        Assert.True(connection.UseTls);
        Assert.Equal("https://consul.example:8501/prefix", connection.BaseUri);
    }

    [Fact]
    public void A_unix_address_targets_localhost_over_the_socket()
    {
        var connection = Resolve((HttpAddress, "unix:///run/consul/http.sock"));

        Assert.Equal("/run/consul/http.sock", connection.Address.SocketPath);
        Assert.Equal("http://localhost:80", connection.BaseUri);
    }

    [Fact]
    public void The_ssl_variable_turns_tls_on_for_a_bare_address()
    {
        var connection = Resolve((HttpAddress, "consul:8501"), (HttpSsl, "true"));

        Assert.True(connection.UseTls);
        Assert.Equal("https://consul:8501", connection.BaseUri);
    }

    [Fact]
    public void The_ssl_variable_is_not_undone_by_an_explicit_http_scheme()
    {
        var connection = Resolve((HttpAddress, "http://consul:8501"), (HttpSsl, "1"));

        Assert.True(connection.UseTls);
    }

    [Fact]
    public void The_tls_option_beats_the_ssl_variable()
    {
        var connection = Resolve(new ConsulClientOptions { UseTls = false }, (HttpSsl, "true"));

        Assert.False(connection.UseTls);
    }

    [Fact]
    public void An_unparsable_ssl_variable_is_ignored_with_a_warning()
    {
        var connection = Resolve((HttpSsl, "yes"));

        Assert.False(connection.UseTls);
        var warning = Assert.Single(connection.Warnings);
        Assert.Contains("CONSUL_HTTP_SSL='yes'", warning);
    }

    [Theory]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("T", true)]
    public void The_ssl_verify_variable_sets_certificate_verification(string value, bool verify)
    {
        var connection = Resolve((HttpSslVerify, value));

        Assert.Equal(verify, connection.Tls.VerifyServerCertificate);
    }

    [Fact]
    public void The_verify_option_beats_the_ssl_verify_variable()
    {
        var connection = Resolve(new ConsulClientOptions { VerifyTls = true }, (HttpSslVerify, "false"));

        Assert.True(connection.Tls.VerifyServerCertificate);
    }

    [Fact]
    public void An_unparsable_ssl_verify_variable_is_an_error_rather_than_silently_insecure()
    {
        var error = Assert.Throws<ConsulConfigurationException>(() => Resolve((HttpSslVerify, "nope")));

        Assert.Contains("CONSUL_HTTP_SSL_VERIFY='nope' is not a boolean", error.Message);
    }

    [Fact]
    public void The_auth_variable_gives_basic_auth_split_at_the_first_colon()
    {
        var connection = Resolve((HttpAuth, "renderer:pa:ss"));

        Assert.Equal(new ConsulBasicAuth("renderer", "pa:ss"), connection.BasicAuth);
    }

    [Fact]
    public void An_auth_value_without_a_colon_is_a_user_with_an_empty_password()
    {
        var connection = Resolve((HttpAuth, "renderer"));

        Assert.Equal(new ConsulBasicAuth("renderer", ""), connection.BasicAuth);
    }

    [Fact]
    public void The_auth_option_beats_the_auth_variable()
    {
        var connection = Resolve(new ConsulClientOptions { HttpAuth = "a:b" }, (HttpAuth, "c:d"));

        Assert.Equal(new ConsulBasicAuth("a", "b"), connection.BasicAuth);
    }

    [Fact]
    public void The_tls_server_name_comes_from_its_variable_without_a_port()
    {
        var connection = Resolve((TlsServerName, "consul.example:8501"));

        Assert.Equal("consul.example", connection.Tls.ServerName);
    }

    [Fact]
    public void The_tls_server_name_option_beats_its_variable()
    {
        var connection = Resolve(new ConsulClientOptions { TlsServerName = "a.example" }, (TlsServerName, "b.example"));

        Assert.Equal("a.example", connection.Tls.ServerName);
    }

    [Fact]
    public void The_namespace_comes_from_its_variable_and_the_option_beats_it()
    {
        Assert.Equal("team-a", Resolve((ConsulEnvironmentVariables.Namespace, "team-a")).Namespace);
        Assert.Equal(
            "team-b",
            Resolve(new ConsulClientOptions { Namespace = "team-b" }, (ConsulEnvironmentVariables.Namespace, "team-a")).Namespace);
    }

    [Fact]
    public void The_datacenter_comes_only_from_the_option()
    {
        Assert.Equal("dc2", Resolve(new ConsulClientOptions { Datacenter = "dc2" }).Datacenter);
        Assert.Null(Resolve().Datacenter);
    }

    [Fact]
    public void An_unknown_address_scheme_names_the_variable_and_the_scheme()
    {
        var error = Assert.Throws<ConsulConfigurationException>(() => Resolve((HttpAddress, "ftp://consul:21")));

        Assert.Contains("CONSUL_HTTP_ADDR: Unknown protocol scheme: ftp", error.Message);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var options = new ConsulClientOptions { MaxConnectionsPerServer = 0, UseTls = true };

        var error = Assert.Throws<ConsulConfigurationException>(() => Resolve(
            options, (HttpAddress, "gopher://x"), (HttpSslVerify, "maybe"), (ClientCert, "/nowhere/cert.pem")));

        Assert.Equal(4, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.Contains("MaxConnectionsPerServer", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("gopher", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("CONSUL_HTTP_SSL_VERIFY", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("CONSUL_CLIENT_KEY is not", StringComparison.Ordinal));
    }
}
