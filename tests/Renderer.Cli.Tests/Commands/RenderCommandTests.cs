using Renderer.TestKit;

namespace Renderer.Cli.Tests.Commands;

/// <summary>renderer render from a catalog file: the offline path CI pipelines use.</summary>
public sealed class RenderCommandTests
{
    private const string Catalog = """
        {
          "datacenter": "dc1",
          "nodes": [
            { "node": "n1", "address": "10.0.0.1", "services": [ { "name": "web", "tags": ["http"], "port": 8080 } ] },
            { "node": "n2", "address": "10.0.0.2", "services": [ { "name": "web", "tags": ["http"], "port": 8081 } ] }
          ]
        }
        """;

    private const string Template = "{{~ for inst in (service \"web\") ~}}\nserver {{ nginx.address inst }};\n{{~ end ~}}\n";

    private const string Expected = "server 10.0.0.1:8080;\nserver 10.0.0.2:8081;\n";

    [Fact]
    public async Task Render_once_from_a_catalog_writes_the_output_file()
    {
        using var directory = Prepare();

        var run = await CliRun.InvokeAsync(directory.Path, "render", "-once", "--catalog", "catalog.json", "-template", "t.scriban:out/web.conf");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Expected, File.ReadAllText(directory.Combine("out", "web.conf")));
    }

    [Fact]
    public async Task Dry_run_prints_what_would_be_written_and_writes_nothing()
    {
        using var directory = Prepare();

        var run = await CliRun.InvokeAsync(directory.Path, "render", "-dry", "--catalog", "catalog.json", "-template", "t.scriban:web.conf");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"> {directory.Combine("web.conf")}\n{Expected}", run.Output);
        Assert.False(File.Exists(directory.Combine("web.conf")));
    }

    [Fact]
    public async Task Diff_exits_3_with_a_unified_diff_when_the_file_on_disk_differs()
    {
        using var directory = Prepare();
        directory.WriteFile("web.conf", "server 10.0.0.1:8080;\n");

        var run = await CliRun.InvokeAsync(directory.Path, "render", "-once", "--diff", "--catalog", "catalog.json", "-template", "t.scriban:web.conf");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("+server 10.0.0.2:8081;", run.Output);
        Assert.Equal("server 10.0.0.1:8080;\n", File.ReadAllText(directory.Combine("web.conf")));
    }

    [Fact]
    public async Task Diff_exits_0_when_the_file_on_disk_matches()
    {
        using var directory = Prepare();
        directory.WriteFile("web.conf", Expected);

        var run = await CliRun.InvokeAsync(directory.Path, "render", "-once", "--diff", "--catalog", "catalog.json", "-template", "t.scriban:web.conf");

        Assert.Equal((0, ""), (run.ExitCode, run.Output));
    }

    [Fact]
    public async Task The_command_runs_after_a_write_and_not_when_nothing_changed()
    {
        using var directory = Prepare();
        var spec = $"t.scriban:web.conf:echo ran >> {directory.Combine("ran.txt")}";

        var first = await CliRun.InvokeAsync(directory.Path, "render", "-once", "--catalog", "catalog.json", "-template", spec);
        var second = await CliRun.InvokeAsync(directory.Path, "render", "-once", "--catalog", "catalog.json", "-template", spec);

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal("ran\n", File.ReadAllText(directory.Combine("ran.txt")));
    }

    [Fact]
    public async Task A_template_error_exits_1_naming_the_position_and_leaves_the_old_file()
    {
        using var directory = Prepare();
        directory.WriteFile("web.conf", "old\n");
        directory.WriteFile("t.scriban", "{{ nginx.token \"a;b\" }}");

        var run = await CliRun.InvokeAsync(directory.Path, "render", "-once", "--catalog", "catalog.json", "-template", "t.scriban:web.conf");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("t.scriban(1,", run.Error);
        Assert.Contains("a;b", run.Error);
        Assert.Equal("old\n", File.ReadAllText(directory.Combine("web.conf")));
    }

    [Fact]
    public async Task Parse_errors_of_every_template_are_reported_before_anything_is_written()
    {
        using var directory = Prepare();
        directory.WriteFile("bad1.scriban", "{{ if }}");
        directory.WriteFile("bad2.scriban", "{{ for }}");

        var run = await CliRun.InvokeAsync(
            directory.Path, "render", "-once", "--catalog", "catalog.json",
            "-template", "t.scriban:web.conf", "-template", "bad1.scriban:a.conf", "-template", "bad2.scriban:b.conf");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad1.scriban(1,", run.Error);
        Assert.Contains("bad2.scriban(1,", run.Error);
        Assert.False(File.Exists(directory.Combine("web.conf")));
    }

    [Fact]
    public async Task A_key_missing_from_the_catalog_fails_the_once_render_naming_the_key()
    {
        using var directory = Prepare();
        directory.WriteFile("k.scriban", "{{ key \"app/missing\" }}");

        var run = await CliRun.InvokeAsync(directory.Path, "render", "-once", "--catalog", "catalog.json", "-template", "k.scriban:k.conf");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("key(app/missing)", run.Error);
        Assert.False(File.Exists(directory.Combine("k.conf")));
    }

    [Fact]
    public async Task An_invalid_catalog_file_is_an_input_error_with_its_line()
    {
        using var directory = Prepare();
        directory.WriteFile("catalog.json", "{\n  \"nodes\": [ { \"node\": \"n1\" } ]\n}");

        var run = await CliRun.InvokeAsync(directory.Path, "render", "-once", "--catalog", "catalog.json", "-template", "t.scriban:web.conf");

        Assert.Equal(6, run.ExitCode);
        Assert.Contains("catalog.json(2,", run.Error);
    }

    [Fact]
    public async Task Without_a_template_the_usage_error_says_so_and_nothing_runs()
    {
        using var directory = Prepare();

        var run = await CliRun.InvokeAsync(directory.Path, "render", "-once", "--catalog", "catalog.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("template", run.Error);
    }

    [Fact]
    public async Task Check_reports_every_template_problem_and_exits_1()
    {
        using var directory = Prepare();
        directory.WriteFile("bad.scriban", "{{ end }}");

        var good = await CliRun.InvokeAsync(directory.Path, "check", "-template", "t.scriban:web.conf");
        var bad = await CliRun.InvokeAsync(directory.Path, "check", "-template", "t.scriban:web.conf", "-template", "bad.scriban:b.conf");

        Assert.Equal((0, "1 template OK\n"), (good.ExitCode, good.Output));
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("bad.scriban(1,", bad.Error);
    }

    private static TempDirectory Prepare()
    {
        var directory = TempDirectory.Create();
        directory.WriteFile("catalog.json", Catalog);
        directory.WriteFile("t.scriban", Template);
        return directory;
    }
}
