using System.Runtime.Versioning;
using Renderer.Cli.Configuration;
using Renderer.TestKit;

namespace Renderer.Cli.Tests.Configuration;

public sealed class RunnerOptionsBuilderConsulTests : IDisposable
{
    private readonly RenderCommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    private string Cwd(params string[] relative) => _cli.Directory.Combine(relative);

    [Theory]
    [InlineData("127.0.0.1:8500")]
    [InlineData("consul.service.consul")]
    [InlineData("http://127.0.0.1:8500")]
    [InlineData("https://consul.example:8501")]
    [InlineData("[::1]:8500")]
    [InlineData("unix:///var/run/consul.sock")]
    public void Consul_addresses_in_every_accepted_form_are_valid(string address)
    {
        _cli.Template();
        Assert.Equal(address, _cli.BuildOptions("-template", "site.tmpl:site.conf", "-consul-addr", address).Consul.Address);
    }

    [Fact]
    public void A_client_certificate_needs_its_key()
    {
        _cli.Template();
        _cli.Directory.WriteFile("client.pem", "cert");
        _cli.Config("{\"consul\": {\"ssl\": {\"cert\": \"client.pem\"}}, \"templates\": [{\"source\": \"site.tmpl\", \"destination\": \"site.conf\"}]}");
        Assert.Equal(
            [$"{Cwd("renderer.json")}(1,29) : error : $.consul.ssl.cert: a client certificate needs its private key: add \"key\" next to \"cert\""],
            _cli.Errors("-config", "renderer.json"));
    }

    [Fact]
    public void Missing_tls_files_are_errors()
    {
        _cli.Template();
        _cli.Config("{\"consul\": {\"ssl\": {\"ca_cert\": \"ca.pem\", \"ca_path\": \"certs\"}}, \"templates\": [{\"source\": \"site.tmpl\", \"destination\": \"site.conf\"}]}");
        Assert.Equal(
            [
                $"{Cwd("renderer.json")}(1,32) : error : $.consul.ssl.ca_cert: the CA certificate \"{Cwd("ca.pem")}\" does not exist",
                $"{Cwd("renderer.json")}(1,53) : error : $.consul.ssl.ca_path: the CA directory \"{Cwd("certs")}\" does not exist",
            ],
            _cli.Errors("-config", "renderer.json"));
    }

    [Fact]
    public void A_missing_or_empty_token_file_is_an_error()
    {
        _cli.Template();
        _cli.Directory.WriteFile("empty-token", "");
        _cli.Config("{\"consul\": {\"token_file\": \"empty-token\"}, \"templates\": [{\"source\": \"site.tmpl\", \"destination\": \"site.conf\"}]}");
        Assert.Equal(
            [$"{Cwd("renderer.json")}(1,27) : error : $.consul.token_file: the token file \"{Cwd("empty-token")}\" is empty"],
            _cli.Errors("-config", "renderer.json"));

        _cli.Config("{\"consul\": {\"token_file\": \"no-token\"}, \"templates\": [{\"source\": \"site.tmpl\", \"destination\": \"site.conf\"}]}");
        Assert.Equal(
            [$"{Cwd("renderer.json")}(1,27) : error : $.consul.token_file: the token file \"{Cwd("no-token")}\" does not exist"],
            _cli.Errors("-config", "renderer.json"));
    }

    [LinuxOnlyFact]
    [UnsupportedOSPlatform("windows")]
    public void A_token_file_other_users_can_read_is_a_warning_not_an_error()
    {
        _cli.Template();
        var tokenFile = _cli.Directory.WriteFile("token", "s3cr3t");
        File.SetUnixFileMode(tokenFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        _cli.Config("{\"consul\": {\"token_file\": \"token\"}, \"templates\": [{\"source\": \"site.tmpl\", \"destination\": \"site.conf\"}]}");

        var result = _cli.Build("-config", "renderer.json");

        Assert.True(result.Succeeded);
        Assert.Equal(
            [$"{Cwd("renderer.json")}(1,27) : warning : $.consul.token_file: the token file \"{tokenFile}\" is accessible to other users (mode 0644); restrict it with: chmod 600 {tokenFile}"],
            result.Warnings.Select(w => w.ToString()));
    }

    [LinuxOnlyFact]
    [UnsupportedOSPlatform("windows")]
    public void A_token_file_only_its_owner_can_read_gives_no_warning()
    {
        _cli.Template();
        var tokenFile = _cli.Directory.WriteFile("token", "s3cr3t");
        File.SetUnixFileMode(tokenFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        _cli.Config("{\"consul\": {\"token_file\": \"token\"}, \"templates\": [{\"source\": \"site.tmpl\", \"destination\": \"site.conf\"}]}");

        var result = _cli.Build("-config", "renderer.json");

        Assert.True(result.Succeeded);
        Assert.Empty(result.Warnings);
        Assert.Equal(tokenFile, result.Options!.Consul.TokenFile);
    }

    [Fact]
    public void Check_does_not_look_at_token_and_tls_files()
    {
        _cli.Template();
        _cli.Config("{\"consul\": {\"token_file\": \"/nonexistent/token\", \"ssl\": {\"ca_cert\": \"/nonexistent/ca.pem\"}}, \"templates\": [{\"source\": \"site.tmpl\", \"destination\": \"site.conf\"}]}");
        Assert.True(_cli.Build(BuildPurpose.Check, "-config", "renderer.json").Succeeded);
    }
}
