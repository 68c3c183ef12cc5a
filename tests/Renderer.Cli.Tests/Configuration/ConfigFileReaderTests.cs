using System.Text;
using Microsoft.Extensions.Logging;
using Renderer.Cli.Configuration;
using Renderer.Cli.Options;
using Renderer.TestKit;

namespace Renderer.Cli.Tests.Configuration;

public sealed class ConfigFileReaderTests
{
    private const string FilePath = "/etc/renderer/renderer.json";

    private static ConfigFileReadResult Parse(string json) => ConfigFileReader.Parse(Encoding.UTF8.GetBytes(json), FilePath);

    private static ConfigFile ParseValid(string json)
    {
        var result = Parse(json);
        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors));
        return result.File!;
    }

    private static string SingleError(string json) => Assert.Single(Parse(json).Errors).ToString();

    [Fact]
    public void Every_key_is_read_and_relative_paths_are_resolved_against_the_file_directory()
    {
        var file = ParseValid("""
            {
              "consul": {
                "address": "127.0.0.1:8500", "token": "t", "token_file": "secrets/token", "datacenter": "dc1",
                "namespace": "ns", "http_auth": "user:pass",
                "ssl": {"enabled": true, "verify": false, "ca_cert": "ca.pem", "ca_path": "/etc/ssl/certs",
                        "cert": "client.pem", "key": "client.key", "server_name": "consul.local"}
              },
              "wait": "2s:10s",
              "log_level": "debug",
              "vars": {"domain": "tonybai.com", "port": 8080, "debug": true},
              "loop_limit": 5000,
              "catalog": "catalog.json",
              "once": true, "dry": false, "diff": true,
              "templates": [{
                "source": "nginx.conf.template", "destination": "/etc/nginx/nginx.conf",
                "command": "nginx -s reload", "check": "nginx -t -c /etc/nginx/nginx.conf",
                "command_timeout": "1m", "perms": "0640", "backup": true, "wait": "1s"
              }]
            }
            """);

        Assert.Equal("127.0.0.1:8500", file.Consul.Address!.Value);
        Assert.Equal("t", file.Consul.Token!.Value);
        Assert.Equal("/etc/renderer/secrets/token", file.Consul.TokenFile!.Value);
        Assert.Equal(("dc1", "ns", "user:pass"), (file.Consul.Datacenter!.Value, file.Consul.Namespace!.Value, file.Consul.HttpAuth!.Value));
        var tls = file.Consul.Tls;
        Assert.Equal((true, false), (tls.Enabled!.Value, tls.Verify!.Value));
        Assert.Equal(
            ("/etc/renderer/ca.pem", "/etc/ssl/certs", "/etc/renderer/client.pem", "/etc/renderer/client.key", "consul.local"),
            (tls.CaCert!.Value, tls.CaPath!.Value, tls.Cert!.Value, tls.Key!.Value, tls.ServerName!.Value));
        Assert.Equal(new WaitSpec(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10)), file.Wait!.Value);
        Assert.Equal(LogLevel.Debug, file.LogLevel!.Value);
        Assert.Equal(["domain=tonybai.com", "port=8080", "debug=true"], file.Variables.Select(v => v.Value.ToString()));
        Assert.Equal(5000, file.LoopLimit!.Value);
        Assert.Equal("/etc/renderer/catalog.json", file.Catalog!.Value);
        Assert.Equal((true, false, true), (file.Once!.Value, file.Dry!.Value, file.Diff!.Value));

        var template = Assert.Single(file.Templates);
        Assert.Equal("/etc/renderer/nginx.conf.template", template.Source.Value);
        Assert.Equal("/etc/nginx/nginx.conf", template.Destination.Value);
        Assert.Equal("nginx -s reload", template.Command);
        Assert.Equal("nginx -t -c /etc/nginx/nginx.conf", template.CheckCommand);
        Assert.Equal(TimeSpan.FromMinutes(1), template.CommandTimeout);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, template.Permissions);
        Assert.True(template.Backup);
        Assert.Equal(new WaitSpec(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4)), template.Wait);
    }

    [Fact]
    public void Values_remember_their_file_position_and_json_path()
    {
        var file = ParseValid("{\n  \"templates\": [\n    {\"source\": \"a\", \"destination\": \"b\"}\n  ]\n}");
        var source = file.Templates[0].Destination.Source;
        Assert.Equal((FilePath, 3, 36, "$.templates[0].destination"), (source.FilePath, source.Line, source.Column, source.JsonPath));
    }

    [Fact]
    public void An_unknown_key_is_an_error_with_position_path_and_suggestion()
    {
        var error = SingleError("{\n  \"templates\": [\n    {\"source\": \"a\", \"destination\": \"b\"},\n    {\"source\": \"a\", \"destinaton\": \"c\"}\n  ]\n}");
        Assert.StartsWith(
            "/etc/renderer/renderer.json(4,21) : error : $.templates[1].destinaton: unknown key \"destinaton\"; did you mean \"destination\"? (accepted keys: backup, check, command, command_timeout, destination, perms, source, wait)",
            error);
    }

    [Theory]
    [InlineData("{\"logLevel\": \"info\"}", "did you mean \"log_level\"?")]
    [InlineData("{\"loop-limit\": 5}", "did you mean \"loop_limit\"?")]
    [InlineData("{\"Once\": true}", "did you mean \"once\"?")]
    [InlineData("{\"consul\": {\"adress\": \"x\"}}", "did you mean \"address\"?")]
    [InlineData("{\"consul\": {\"ssl\": {\"verfy\": true}}}", "did you mean \"verify\"?")]
    public void Near_misses_get_a_suggestion(string json, string expected)
    {
        Assert.Contains(expected, SingleError(json));
    }

    [Fact]
    public void A_key_far_from_every_known_key_lists_the_accepted_keys_without_a_guess()
    {
        var error = SingleError("{\"frobnicate\": 1}");
        Assert.EndsWith(": error : $.frobnicate: unknown key \"frobnicate\" (accepted keys: catalog, consul, diff, dry, log_level, loop_limit, once, templates, vars, wait)", error);
    }

    [Theory]
    [InlineData("{\"vault\": {}}", "unknown key \"vault\": Renderer reads Consul only")]
    [InlineData("{\"templates\": [{\"source\": \"a\", \"destination\": \"b\", \"contents\": \"x\"}]}", "unknown key \"contents\": put the template in a file and use \"source\"")]
    [InlineData("{\"consul\": {\"auth\": {\"enabled\": true}}}", "unknown key \"auth\": use \"http_auth\": \"user:password\"")]
    [InlineData("{\"template\": []}", "unknown key \"template\": the key is \"templates\" (an array)")]
    public void Consul_template_keys_get_a_migration_hint(string json, string expected)
    {
        Assert.Contains(expected, SingleError(json));
    }

    [Fact]
    public void A_duplicate_key_is_an_error_at_the_second_occurrence()
    {
        Assert.Equal(
            "/etc/renderer/renderer.json(1,16) : error : $.once: duplicate key; the file sets it twice",
            SingleError("{\"once\": true, \"once\": false}"));
    }

    [Fact]
    public void Every_problem_is_reported_at_once_in_file_order()
    {
        var result = Parse("""
            {
              "once": "yes",
              "log_level": "loud",
              "templates": [
                {"source": "a", "destinaton": "b"},
                {"source": "c", "destination": "d", "perms": "999", "command_timeout": "5"}
              ],
              "consul": {"adress": "x"}
            }
            """);

        Assert.Equal(
            [
                "(2,11) $.once",
                "(3,16) $.log_level",
                "(5,21) $.templates[0].destinaton",
                "(6,50) $.templates[1].perms",
                "(6,76) $.templates[1].command_timeout",
                "(8,14) $.consul.adress",
            ],
            result.Errors.Select(e => $"({e.Source.Line},{e.Source.Column}) {e.Source.JsonPath}"));
        Assert.Equal(["/etc/renderer/c"], result.File!.Templates.Select(t => t.Source.Value));
    }

    [Fact]
    public void Valid_values_are_kept_when_others_have_errors()
    {
        var result = Parse("{\"once\": true, \"dry\": 1, \"templates\": [{\"source\": \"a\", \"destination\": \"b\"}]}");
        Assert.Single(result.Errors);
        Assert.True(result.File!.Once!.Value);
        Assert.Single(result.File.Templates);
    }

    [Fact]
    public void A_syntax_error_is_the_only_error_and_names_line_and_column()
    {
        var result = Parse("{\n  \"once\": true\n  \"dry\": true\n}");
        Assert.Null(result.File);
        var error = Assert.Single(result.Errors).ToString();
        Assert.StartsWith("/etc/renderer/renderer.json(3,3) : error : $: invalid JSON: ", error);
    }

    [Fact]
    public void A_missing_file_is_reported_at_the_config_flag()
    {
        using var directory = TempDirectory.Create("config-reader");
        var path = directory.Combine("missing.json");

        var result = ConfigFileReader.Read(path, ConfigurationSource.FromFlag("-config"));

        Assert.Null(result.File);
        Assert.Equal($"-config: cannot read config file \"{path}\": the file does not exist", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void A_file_on_disk_is_read_and_anchors_relative_paths_in_its_directory()
    {
        using var directory = TempDirectory.Create("config-reader");
        var path = directory.WriteFile("conf/renderer.json", "{\"catalog\": \"../catalog.json\"}");

        var result = ConfigFileReader.Read(path, ConfigurationSource.FromFlag("-config"));

        Assert.Empty(result.Errors);
        Assert.Equal(directory.Combine("catalog.json"), result.File!.Catalog!.Value);
    }
}
