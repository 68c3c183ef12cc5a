namespace Renderer.Cli.Tests.Configuration;

public sealed class RunnerOptionsBuilderValidationTests : IDisposable
{
    private readonly RenderCommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    private string Cwd(params string[] relative) => _cli.Directory.Combine(relative);

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
