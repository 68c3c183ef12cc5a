using Renderer.Cli.Configuration;

namespace Renderer.Cli.Tests.Configuration;

/// <summary>Tokens and passwords must never reach an error, a warning or a printed options record.</summary>
public sealed class RunnerOptionsBuilderSecretTests : IDisposable
{
    private const string FlagToken = "flag-secret-7f3a";
    private const string FileToken = "file-secret-91bc";
    private const string Password = "pw-secret-44de";

    private readonly RenderCommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    private static void AssertNoSecret(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            Assert.DoesNotContain(FlagToken, text, StringComparison.Ordinal);
            Assert.DoesNotContain(FileToken, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
            Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Errors_never_contain_a_token_or_password()
    {
        _cli.Config($$"""
            {"consul": {"token": "{{FileToken}}", "http_auth": "user:{{Password}}", "address": "ftp://x", "token_file": "missing"},
             "templates": [{"source": "missing.tmpl", "destination": "a.conf"}]}
            """);

        var result = _cli.Build("-config", "renderer.json", "-token", FlagToken, "-template", "x", "-log-level", "loud");

        Assert.True(result.Errors.Count >= 5);
        AssertNoSecret(result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_token_of_the_wrong_type_is_reported_without_its_value()
    {
        _cli.Config($$"""{"consul": {"token": ["{{FileToken}}"], "http_auth": {"password": "{{Password}}"} } }""");

        var result = _cli.Build("-config", "renderer.json");

        Assert.Equal(
            ["$.consul.token: expected a string, found an array", "$.consul.http_auth: expected a string, found an object"],
            result.Errors.Where(e => e.Source.JsonPath is not null).Select(e => $"{e.Source.JsonPath}: {e.Message}"));
        AssertNoSecret(result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_token_under_a_misspelled_key_is_reported_without_its_value()
    {
        _cli.Config($$"""{"consul": {"tokn": "{{FileToken}}"}, "token": "{{FlagToken}}"}""");

        var result = _cli.Build("-config", "renderer.json");

        Assert.Contains(result.Errors, e => e.Message.Contains("did you mean \"token\"", StringComparison.Ordinal));
        AssertNoSecret(result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void An_empty_token_flag_is_an_error_without_echo()
    {
        _cli.Template();
        var result = _cli.Build("-template", "site.tmpl:site.conf", "--consul-token", " ");
        Assert.Equal(
            ["--consul-token: the token is empty; leave the flag out to use CONSUL_HTTP_TOKEN or no token"],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Printed_options_redact_the_token()
    {
        _cli.Template();
        _cli.Config($$"""{"consul": {"token": "{{FileToken}}"}, "templates": [{"source": "site.tmpl", "destination": "site.conf"}]}""");

        var result = _cli.Build("-config", "renderer.json", "-token", FlagToken);

        Assert.True(result.Succeeded);
        Assert.Equal(FlagToken, result.Options!.Consul.Token);
        AssertNoSecret([result.Options.ToString(), result.Options.Consul.ToString()]);
    }

    [Fact]
    public void Printed_flag_values_and_config_sections_redact_the_token()
    {
        var consul = new ConsulSection
        {
            Token = new Located<string>(FileToken, ConfigurationSource.FromFlag("-token")),
        };
        var flags = new CommandLineValues { Token = new Located<string>(FlagToken, ConfigurationSource.FromFlag("-token")) };
        AssertNoSecret([consul.ToString(), flags.ToString()]);
    }
}
