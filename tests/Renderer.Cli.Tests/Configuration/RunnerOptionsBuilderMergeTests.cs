using Microsoft.Extensions.Logging;
using Renderer.Core.Running;

namespace Renderer.Cli.Tests.Configuration;

public sealed class RunnerOptionsBuilderMergeTests : IDisposable
{
    private readonly RenderCommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Without_flags_or_file_every_setting_has_its_default()
    {
        _cli.Template();

        var options = _cli.BuildOptions("-template", "site.tmpl:out/site.conf");

        var defaults = new RunnerOptions { Templates = [] };
        Assert.Equal(
            (defaults.Once, defaults.DryRun, defaults.Diff, defaults.Wait, defaults.LoopLimit, defaults.LogLevel, defaults.CatalogFile, defaults.ConfigFile),
            (options.Once, options.DryRun, options.Diff, options.Wait, options.LoopLimit, options.LogLevel, options.CatalogFile, options.ConfigFile));
        Assert.Empty(options.Variables);
        Assert.Equal(new ConsulConnectionSettings(), options.Consul);
        var template = Assert.Single(options.Templates);
        Assert.Equal(new TemplateOptions(_cli.Directory.Combine("site.tmpl"), _cli.Directory.Combine("out", "site.conf")), template);
    }

    [Fact]
    public void Every_flag_reaches_the_options()
    {
        _cli.Template();
        var catalog = _cli.Directory.WriteFile("catalog.json", "{}");

        var options = _cli.BuildOptions(
            "-template", "site.tmpl:site.conf:nginx -s reload", "-once", "-dry", "-wait", "2s:10s",
            "-consul-addr", "127.0.0.1:8600", "-token", "t0ken", "-var", "domain=tonybai.com",
            "-log-level", "debug", "--catalog", "catalog.json", "--loop-limit", "500");

        Assert.Equal("nginx -s reload", options.Templates[0].Command);
        Assert.True(options.Once);
        Assert.True(options.DryRun);
        Assert.Equal(new QuiescenceOptions(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10)), options.Wait);
        Assert.Equal(("127.0.0.1:8600", "t0ken"), (options.Consul.Address, options.Consul.Token));
        Assert.Equal("tonybai.com", options.Variables["domain"]);
        Assert.Equal(LogLevel.Debug, options.LogLevel);
        Assert.Equal(catalog, options.CatalogFile);
        Assert.Equal(500, options.LoopLimit);
    }

    [Fact]
    public void Single_and_double_dash_spellings_build_the_same_options()
    {
        _cli.Template();
        string[] Spell(string dash) =>
        [
            dash + "template", "site.tmpl:site.conf:cmd", dash + "once", dash + "wait", "1s", dash + "var", "a=b",
            dash + "consul-addr", "localhost:8500", dash + "log-level", "warn", dash + "loop-limit", "7",
        ];

        var single = _cli.BuildOptions(Spell("-"));
        var @double = _cli.BuildOptions(Spell("--"));

        Assert.Equal(single.Templates, @double.Templates);
        Assert.Equal(single.Variables, @double.Variables);
        // Records compare collections by reference: share them to compare the rest by value.
        Assert.Equal(single, @double with { Templates = single.Templates, Variables = single.Variables });
    }

    [Fact]
    public void The_file_supplies_what_the_flags_do_not_give()
    {
        _cli.Template();
        _cli.Config("""
            {"once": true, "wait": "5s", "log_level": "err", "loop_limit": 10, "consul": {"address": "10.0.0.1:8500", "token": "file-token"},
             "templates": [{"source": "site.tmpl", "destination": "site.conf"}]}
            """);

        var options = _cli.BuildOptions("-config", "renderer.json");

        Assert.True(options.Once);
        Assert.Equal(new QuiescenceOptions(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(20)), options.Wait);
        Assert.Equal(LogLevel.Error, options.LogLevel);
        Assert.Equal(10, options.LoopLimit);
        Assert.Equal(("10.0.0.1:8500", "file-token"), (options.Consul.Address, options.Consul.Token));
        Assert.Equal(_cli.Directory.Combine("renderer.json"), options.ConfigFile);
    }

    [Fact]
    public void Flags_override_the_file()
    {
        _cli.Template();
        _cli.Directory.WriteFile("a.json", "{}");
        _cli.Directory.WriteFile("b.json", "{}");
        _cli.Config("""
            {"once": true, "dry": true, "wait": "5s", "log_level": "err", "loop_limit": 10, "catalog": "a.json",
             "consul": {"address": "10.0.0.1:8500", "token": "file-token"},
             "templates": [{"source": "site.tmpl", "destination": "site.conf"}]}
            """);

        var options = _cli.BuildOptions(
            "-config", "renderer.json", "-once=false", "-dry=false", "-wait", "1s:2s", "-log-level", "trace", "-loop-limit", "0",
            "-catalog", "b.json", "-consul-addr", "127.0.0.1:8500", "-consul-token", "flag-token");

        Assert.False(options.Once);
        Assert.False(options.DryRun);
        Assert.Equal(new QuiescenceOptions(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)), options.Wait);
        Assert.Equal(LogLevel.Trace, options.LogLevel);
        Assert.Equal(0, options.LoopLimit);
        Assert.Equal(_cli.Directory.Combine("b.json"), options.CatalogFile);
        Assert.Equal(("127.0.0.1:8500", "flag-token"), (options.Consul.Address, options.Consul.Token));
    }

    [Fact]
    public void Consul_settings_come_from_the_file_with_paths_resolved()
    {
        _cli.Template();
        _cli.Directory.WriteFile("tls/ca.pem", "ca");
        _cli.Directory.WriteFile("tls/client.pem", "cert");
        _cli.Directory.WriteFile("tls/client.key", "key");
        _cli.Config("""
            {"consul": {"datacenter": "dc1", "namespace": "team", "http_auth": "u:p",
                        "ssl": {"enabled": true, "verify": true, "ca_cert": "tls/ca.pem", "ca_path": "tls",
                                "cert": "tls/client.pem", "key": "tls/client.key", "server_name": "consul"}},
             "templates": [{"source": "site.tmpl", "destination": "site.conf"}]}
            """);

        var consul = _cli.BuildOptions("-config", "renderer.json").Consul;

        Assert.Equal(
            new ConsulConnectionSettings
            {
                Datacenter = "dc1",
                Namespace = "team",
                HttpAuth = "u:p",
                UseTls = true,
                VerifyTls = true,
                CaFile = _cli.Directory.Combine("tls", "ca.pem"),
                CaPath = _cli.Directory.Combine("tls"),
                ClientCertificateFile = _cli.Directory.Combine("tls", "client.pem"),
                ClientKeyFile = _cli.Directory.Combine("tls", "client.key"),
                TlsServerName = "consul",
            },
            consul);
    }

    [Fact]
    public void A_command_with_only_the_shared_options_builds()
    {
        using var check = new RenderCommandLine(shared: true);
        check.Template();

        var result = check.Build(Cli.Configuration.BuildPurpose.Check, "-template", "site.tmpl:/nonexistent/dir/site.conf", "-var", "a=b");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.False(result.Options!.Once);
    }
}
