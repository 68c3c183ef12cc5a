using Renderer.Consul.Configuration;
using Renderer.Consul.Exceptions;
using Renderer.Consul.Tests.Support;
using static Renderer.Consul.Configuration.ConsulEnvironmentVariables;

namespace Renderer.Consul.Tests.Configuration;

/// <summary>Token precedence of the consul CLI: -token-file > -token > CONSUL_HTTP_TOKEN_FILE > CONSUL_HTTP_TOKEN.</summary>
public sealed class TokenResolutionTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static ConsulConnection Resolve(ConsulClientOptions options, params (string, string)[] environment) =>
        ConsulConnection.Resolve(options with { EnvironmentReader = FakeEnvironment.Of(environment) });

    [Fact]
    public void The_token_variable_is_used_when_nothing_else_is_set()
    {
        var connection = Resolve(new ConsulClientOptions(), (HttpToken, "env-token"));

        Assert.Equal("env-token", connection.Token);
        Assert.Equal(HttpToken, connection.TokenSource);
    }

    [Fact]
    public void The_token_file_variable_beats_the_token_variable_and_is_trimmed()
    {
        var file = _temp.File("token", "  file-token\n");

        var connection = Resolve(new ConsulClientOptions(), (HttpToken, "env-token"), (HttpTokenFile, file));

        Assert.Equal("file-token", connection.Token);
        Assert.Equal(HttpTokenFile, connection.TokenSource);
    }

    [Fact]
    public void The_token_option_beats_the_token_file_variable()
    {
        var file = _temp.File("token", "file-token");

        var connection = Resolve(new ConsulClientOptions { Token = "option-token" }, (HttpTokenFile, file), (HttpToken, "env-token"));

        Assert.Equal("option-token", connection.Token);
        Assert.Equal("Token option", connection.TokenSource);
    }

    [Fact]
    public void The_token_file_option_beats_the_token_option()
    {
        var file = _temp.File("token", "option-file-token\n");

        var connection = Resolve(new ConsulClientOptions { TokenFile = file, Token = "option-token" });

        Assert.Equal("option-file-token", connection.Token);
        Assert.Equal("TokenFile option", connection.TokenSource);
    }

    [Fact]
    public void A_losing_token_file_is_not_read()
    {
        var connection = Resolve(
            new ConsulClientOptions { Token = "option-token" }, (HttpTokenFile, Path.Combine(_temp.Path, "missing")));

        Assert.Equal("option-token", connection.Token);
    }

    [Fact]
    public void An_unreadable_token_file_names_the_file_and_the_variable()
    {
        var missing = Path.Combine(_temp.Path, "missing-token");

        var error = Assert.Throws<ConsulConfigurationException>(
            () => Resolve(new ConsulClientOptions(), (HttpTokenFile, missing)));

        Assert.Contains($"Error loading token file '{missing}' (CONSUL_HTTP_TOKEN_FILE)", error.Message);
    }

    [Fact]
    public void An_empty_token_file_means_anonymous()
    {
        var file = _temp.File("token", "\n");

        var connection = Resolve(new ConsulClientOptions(), (HttpTokenFile, file), (HttpToken, "ignored"));

        Assert.Null(connection.Token);
    }

    [Fact]
    public void A_token_with_a_line_break_inside_is_rejected_without_showing_it()
    {
        var error = Assert.Throws<ConsulConfigurationException>(
            () => Resolve(new ConsulClientOptions(), (HttpToken, "secret-part\nsecond-line")));

        Assert.Contains("CONSUL_HTTP_TOKEN contains control characters", error.Message);
        Assert.DoesNotContain("secret-part", error.Message);
    }
}
