using System.Runtime.Versioning;
using Renderer.Cli.Configuration;
using Renderer.TestKit;

namespace Renderer.Cli.Tests.Configuration;

public sealed class RunnerOptionsBuilderValidationTests : IDisposable
{
    private readonly RenderCommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    private string Cwd(params string[] relative) => _cli.Directory.Combine(relative);

    [Fact]
    public void At_least_one_template_is_required()
    {
        Assert.Equal(
            ["-template: no template to render: give -template SOURCE:DESTINATION[:COMMAND], or \"templates\" in the -config file"],
            _cli.Errors());
    }

    [Fact]
    public void A_snapshot_needs_no_template()
    {
        Assert.True(_cli.Build(BuildPurpose.Snapshot).Succeeded);
    }

    [Fact]
    public void A_broken_config_file_does_not_also_report_the_missing_templates_it_may_hold()
    {
        _cli.Config("{\"templates\": [{\"source\": \"a\", \"destination\": \"b\", \"perms\": \"999\"}]");

        var errors = _cli.Errors("-config", "renderer.json");

        Assert.Single(errors);
        Assert.Contains("invalid JSON", errors[0]);
    }

    [Fact]
    public void A_malformed_template_flag_is_an_error_naming_the_flag_as_typed_and_the_value()
    {
        Assert.Equal(
            ["--template: \"site.tmpl:\": the destination (after the first colon) is empty"],
            _cli.Errors("--template", "site.tmpl:"));
    }

    [Fact]
    public void A_missing_template_source_is_an_error()
    {
        Assert.Equal(
            [$"-template: \"nope.tmpl:site.conf\": the template \"{Cwd("nope.tmpl")}\" does not exist"],
            _cli.Errors("-template", "nope.tmpl:site.conf"));
    }

    [Fact]
    public void A_template_source_that_is_a_directory_is_an_error()
    {
        Directory.CreateDirectory(Cwd("templates"));
        Assert.Equal(
            [$"-template: \"templates:site.conf\": the template \"{Cwd("templates")}\" is a directory; give the template file"],
            _cli.Errors("-template", "templates:site.conf"));
    }

    [Fact]
    public void A_missing_source_in_the_file_is_reported_at_its_position()
    {
        _cli.Config("{\n  \"templates\": [{\"source\": \"nope.tmpl\", \"destination\": \"site.conf\"}]\n}");
        Assert.Equal(
            [$"{Cwd("renderer.json")}(2,28) : error : $.templates[0].source: the template \"{Cwd("nope.tmpl")}\" does not exist"],
            _cli.Errors("-config", "renderer.json"));
    }

    [Fact]
    public void A_destination_whose_directories_do_not_exist_yet_is_accepted()
    {
        _cli.Template();
        Assert.True(_cli.Build("-template", "site.tmpl:a/b/c/site.conf").Succeeded);
    }

    [Fact]
    public void A_destination_below_a_file_is_an_error()
    {
        _cli.Template();
        _cli.Directory.WriteFile("conf", "not a directory");
        Assert.Equal(
            [$"-template: \"site.tmpl:conf/d/site.conf\": cannot create the directory for \"{Cwd("conf", "d", "site.conf")}\": \"{Cwd("conf")}\" is a file"],
            _cli.Errors("-template", "site.tmpl:conf/d/site.conf"));
    }

    [Fact]
    public void A_destination_that_is_a_directory_is_an_error()
    {
        _cli.Template();
        Directory.CreateDirectory(Cwd("out"));
        Assert.Equal(
            [$"-template: \"site.tmpl:out\": the destination \"{Cwd("out")}\" is a directory; give the path of the file to write"],
            _cli.Errors("-template", "site.tmpl:out"));
    }

    [Fact]
    public void Check_does_not_look_at_destination_directories()
    {
        _cli.Template();
        _cli.Directory.WriteFile("conf", "not a directory");
        Assert.True(_cli.Build(BuildPurpose.Check, "-template", "site.tmpl:conf/site.conf").Succeeded);
    }

    [Fact]
    public void Two_templates_writing_the_same_destination_are_an_error_naming_both()
    {
        _cli.Template("a.tmpl");
        _cli.Template("b.tmpl");
        _cli.Config("{\"templates\": [{\"source\": \"a.tmpl\", \"destination\": \"out/site.conf\"}]}");

        Assert.Equal(
            [$"-template: \"b.tmpl:./out/../out/site.conf\": the destination \"{Cwd("out", "site.conf")}\" is also written by the template at {Cwd("renderer.json")}(1,52); each file can have one template only"],
            _cli.Errors("-config", "renderer.json", "-template", "b.tmpl:./out/../out/site.conf"));
    }

    [Fact]
    public void Diff_needs_once()
    {
        _cli.Template();
        Assert.Equal(
            ["--diff: diff compares one rendering with the files on disk: it needs -once (or \"once\": true)"],
            _cli.Errors("-template", "site.tmpl:site.conf", "--diff"));
        Assert.True(_cli.Build("-template", "site.tmpl:site.conf", "--diff", "-once").Succeeded);
    }

    [Fact]
    public void Diff_from_the_file_without_once_is_reported_at_the_file_key()
    {
        _cli.Template();
        _cli.Config("{\"diff\": true, \"templates\": [{\"source\": \"site.tmpl\", \"destination\": \"site.conf\"}]}");
        Assert.Equal(
            [$"{Cwd("renderer.json")}(1,10) : error : $.diff: diff compares one rendering with the files on disk: it needs -once (or \"once\": true)"],
            _cli.Errors("-config", "renderer.json"));
    }

    [Fact]
    public void Diff_and_dry_cannot_be_combined()
    {
        _cli.Template();
        Assert.Equal(
            ["-diff: diff and dry cannot be combined: diff already writes nothing and prints the differences"],
            _cli.Errors("-template", "site.tmpl:site.conf", "-once", "-diff", "-dry"));
    }

    [Fact]
    public void A_missing_catalog_file_is_an_error()
    {
        _cli.Template();
        Assert.Equal(
            [$"--catalog: the catalog file \"{Cwd("catalog.json")}\" does not exist; write one with: renderer snapshot -o FILE"],
            _cli.Errors("-template", "site.tmpl:site.conf", "--catalog", "catalog.json"));
    }

    [Theory]
    [InlineData("-1", "-loop-limit: \"-1\" is not a whole number between 0 (unlimited) and 2147483647")]
    [InlineData("ten", "-loop-limit: \"ten\" is not a whole number between 0 (unlimited) and 2147483647")]
    public void The_loop_limit_must_be_a_whole_number_not_below_zero(string value, string expected)
    {
        _cli.Template();
        Assert.Equal([expected], _cli.Errors("-template", "site.tmpl:site.conf", "-loop-limit", value));
    }

    [Theory]
    [InlineData("-log-level", "loud", "-log-level: unknown log level \"loud\"; use one of trace, debug, info, warn, err, critical, off")]
    [InlineData("-wait", "5", "-wait: the minimum in \"5\" is not a duration: missing unit in duration \"5\" (write e.g. 5s or 5ms; units: ns, us, ms, s, m, h)")]
    [InlineData("--wait", "10s:1s", "--wait: \"10s:1s\": the maximum (1s) is less than the minimum (10s)")]
    [InlineData("-var", "1x=y", "-var: \"1x=y\": \"1x\" is not a valid name: use letters, digits and _, and do not start with a digit")]
    [InlineData("-consul-addr", "ftp://consul:21", "-consul-addr: unsupported scheme \"ftp\" in the Consul address \"ftp://consul:21\"; use host:port, http://, https:// or unix://")]
    [InlineData("-consul-addr", "consul:port", "-consul-addr: \"consul:port\" is not a Consul address; write host:port (127.0.0.1:8500), http://host:port, https://host:port or unix:///path")]
    [InlineData("-config", "", "-config: the config file path is empty")]
    public void A_bad_flag_value_is_an_error_naming_the_flag(string flag, string value, string expected)
    {
        _cli.Template();
        Assert.Equal([expected], _cli.Errors("-template", "site.tmpl:site.conf", flag, value));
    }

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

    [Fact]
    public void A_missing_config_file_is_an_error_at_the_flag()
    {
        _cli.Template();
        Assert.Equal(
            [$"--config: cannot read config file \"{Cwd("nope.json")}\": the file does not exist"],
            _cli.Errors("--config", "nope.json", "-template", "site.tmpl:site.conf"));
    }

    [Fact]
    public void Problems_in_flags_and_in_the_file_are_all_reported_at_once()
    {
        _cli.Config("""
            {
              "log_level": "loud",
              "templates": [
                {"source": "missing.tmpl", "destination": "a.conf", "perms": "0999"},
                {"source": "missing.tmpl", "destinaton": "b.conf"}
              ]
            }
            """);

        var result = _cli.Build(
            "-config", "renderer.json", "-template", "nope.tmpl", "-wait", "5", "-var", "=x", "-loop-limit", "x",
            "-catalog", "nope.json", "-consul-addr", "ftp://x");

        Assert.Equal(
            [
                "(2,16) $.log_level",
                "(4,66) $.templates[0].perms",
                "(5,32) $.templates[1].destinaton",
                "-template",
                "(4,16) $.templates[0].source",
                "-wait",
                "-var",
                "-catalog",
                "-loop-limit",
                "-consul-addr",
            ],
            result.Errors.Select(e => e.Source.Flag ?? $"({e.Source.Line},{e.Source.Column}) {e.Source.JsonPath}"));
    }
}
