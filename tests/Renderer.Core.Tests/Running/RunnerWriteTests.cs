using Renderer.Core.Running;
using static Renderer.Core.Tests.Running.RunnerCatalog;

namespace Renderer.Core.Tests.Running;

public sealed class RunnerWriteTests
{
    [Fact]
    public async Task The_first_render_writes_the_output_file()
    {
        await using var fixture = new RunnerFixture();

        var outcome = await fixture.RunOnceAsync(Web(8080, 8081), fixture.Options("web.scriban", Upstream, "web.conf"));

        Assert.Equal(TemplateStatus.Written, Assert.Single(outcome.Templates).Status);
        Assert.Equal(Rendered(8080, 8081), fixture.Read("web.conf"));
        Assert.True(outcome.Succeeded);
    }

    [Fact]
    public async Task The_first_write_runs_the_reload_command()
    {
        await using var fixture = new RunnerFixture();
        var template = fixture.Options("web.scriban", Upstream, "web.conf") with { Command = fixture.Append("reloads.log", "reload") };

        await fixture.RunOnceAsync(Web(8080), template);

        Assert.Equal(["reload"], fixture.Lines("reloads.log"));
    }

    [Fact]
    public async Task A_render_equal_to_the_file_on_disk_writes_nothing_and_runs_no_command()
    {
        await using var fixture = new RunnerFixture();
        File.WriteAllText(fixture.PathOf("web.conf"), Rendered(8080));
        var before = File.GetLastWriteTimeUtc(fixture.PathOf("web.conf"));
        var template = fixture.Options("web.scriban", Upstream, "web.conf") with
        {
            Command = fixture.Append("reloads.log", "reload"),
            CheckCommand = fixture.Append("checks.log", "check"),
        };

        var outcome = await fixture.RunOnceAsync(Web(8080), template);

        Assert.Equal(TemplateStatus.Unchanged, Assert.Single(outcome.Templates).Status);
        Assert.Equal((0, 0), (fixture.Lines("reloads.log").Count, fixture.Lines("checks.log").Count));
        Assert.Equal(before, File.GetLastWriteTimeUtc(fixture.PathOf("web.conf")));
    }

    [Fact]
    public async Task A_render_error_leaves_the_file_untouched_and_reports_the_positioned_error()
    {
        await using var fixture = new RunnerFixture();
        File.WriteAllText(fixture.PathOf("web.conf"), "previous\n");
        var template = fixture.Options("web.scriban", "ok\n{{ service \"web@\" }}", "web.conf") with { Command = fixture.Append("reloads.log", "reload") };

        var report = Assert.Single((await fixture.RunOnceAsync(Web(8080), template)).Templates);

        Assert.Equal(TemplateStatus.RenderFailed, report.Status);
        Assert.StartsWith($"{template.Source}(2,4) : error : Service argument \"web@\" has no datacenter after '@'", report.Error, StringComparison.Ordinal);
        Assert.Equal("previous\n", fixture.Read("web.conf"));
        Assert.Empty(fixture.Lines("reloads.log"));
    }

    [Fact]
    public async Task A_render_error_fails_the_run()
    {
        await using var fixture = new RunnerFixture();

        var outcome = await fixture.RunOnceAsync(Web(8080), fixture.Options("web.scriban", "{{ x = null; x.y }}", "web.conf"));

        Assert.Equal((true, false), (outcome.AnyFailed, outcome.Succeeded));
    }

    [Fact]
    public async Task A_failed_check_restores_the_previous_file_skips_the_reload_and_reports_the_checkers_output()
    {
        await using var fixture = new RunnerFixture();
        File.WriteAllText(fixture.PathOf("web.conf"), "previous\n");
        var template = fixture.Options("web.scriban", Upstream, "web.conf") with
        {
            CheckCommand = "echo 'nginx: [emerg] bad config' >&2; exit 3",
            Command = fixture.Append("reloads.log", "reload"),
        };

        var report = Assert.Single((await fixture.RunOnceAsync(Web(8080), template)).Templates);

        Assert.Equal(TemplateStatus.CheckFailed, report.Status);
        Assert.Equal("`echo 'nginx: [emerg] bad config' >&2; exit 3` refused the new file: exit code 3: nginx: [emerg] bad config", report.Error);
        Assert.Equal("previous\n", fixture.Read("web.conf"));
        Assert.Empty(fixture.Lines("reloads.log"));
    }

    [Fact]
    public async Task The_check_runs_with_the_new_file_in_place()
    {
        await using var fixture = new RunnerFixture();
        File.WriteAllText(fixture.PathOf("web.conf"), "previous\n");
        var template = fixture.Options("web.scriban", Upstream, "web.conf") with { CheckCommand = $"cp '{fixture.PathOf("web.conf")}' '{fixture.PathOf("checked.conf")}'" };

        var report = Assert.Single((await fixture.RunOnceAsync(Web(8080), template)).Templates);

        Assert.Equal(TemplateStatus.Written, report.Status);
        Assert.Equal(Rendered(8080), fixture.Read("checked.conf"));
        Assert.Equal(Rendered(8080), fixture.Read("web.conf"));
    }

    [Fact]
    public async Task A_reload_command_shared_by_two_templates_runs_once_per_batch()
    {
        await using var fixture = new RunnerFixture();
        var reload = fixture.Append("reloads.log", "reload");
        var first = fixture.Options("a.scriban", Upstream, "a.conf") with { Command = reload };
        var second = fixture.Options("b.scriban", "# b\n" + Upstream, "b.conf") with { Command = "  " + reload + " " };

        var outcome = await fixture.RunOnceAsync(Web(8080), first, second);

        Assert.All(outcome.Templates, report => Assert.Equal(TemplateStatus.Written, report.Status));
        Assert.Equal(["reload"], fixture.Lines("reloads.log"));
    }

    [Fact]
    public async Task Distinct_reload_commands_each_run_once_in_template_order()
    {
        await using var fixture = new RunnerFixture();
        var first = fixture.Options("a.scriban", Upstream, "a.conf") with { Command = fixture.Append("reloads.log", "first") };
        var second = fixture.Options("b.scriban", "# b\n" + Upstream, "b.conf") with { Command = fixture.Append("reloads.log", "second") };

        await fixture.RunOnceAsync(Web(8080), first, second);

        Assert.Equal(["first", "second"], fixture.Lines("reloads.log"));
    }

    [Fact]
    public async Task Only_the_commands_of_templates_that_were_written_run()
    {
        await using var fixture = new RunnerFixture();
        File.WriteAllText(fixture.PathOf("b.conf"), "# b\n" + Rendered(8080));
        var first = fixture.Options("a.scriban", Upstream, "a.conf") with { Command = fixture.Append("reloads.log", "first") };
        var second = fixture.Options("b.scriban", "# b\n" + Upstream, "b.conf") with { Command = fixture.Append("reloads.log", "second") };

        await fixture.RunOnceAsync(Web(8080), first, second);

        Assert.Equal(["first"], fixture.Lines("reloads.log"));
    }

    [Fact]
    public async Task A_failing_reload_command_is_reported_in_the_outcome()
    {
        await using var fixture = new RunnerFixture();
        var template = fixture.Options("web.scriban", Upstream, "web.conf") with { Command = "exit 1" };

        var outcome = await fixture.RunOnceAsync(Web(8080), template);

        Assert.Equal((true, TemplateStatus.Written, false), (outcome.CommandFailed, outcome.Templates[0].Status, outcome.Succeeded));
    }

    [Fact]
    public async Task Every_broken_template_is_reported_before_anything_renders()
    {
        await using var fixture = new RunnerFixture();
        var first = fixture.Options("a.scriban", "{{ if }}", "a.conf");
        var second = fixture.Options("b.scriban", "{{ end }}", "b.conf");
        var good = fixture.Options("c.scriban", "fine", "c.conf");

        var error = await Assert.ThrowsAsync<Renderer.Core.Rendering.TemplateCompileException>(() =>
            fixture.RunOnceAsync(new RunnerOptions { Templates = [good, first, second], Once = true }, Web()));

        Assert.Contains(error.Errors, line => line.StartsWith(first.Source + "(", StringComparison.Ordinal));
        Assert.Contains(error.Errors, line => line.StartsWith(second.Source + "(", StringComparison.Ordinal));
        Assert.False(fixture.Exists("c.conf"));
    }

    [Fact]
    public async Task Variables_of_the_options_reach_the_template()
    {
        await using var fixture = new RunnerFixture();
        var options = new RunnerOptions
        {
            Templates = [fixture.Options("t.scriban", "{{ vars.domain }}", "t.conf")],
            Once = true,
            Variables = new Dictionary<string, string> { ["domain"] = "example.org" },
        };

        await fixture.RunOnceAsync(options, Web());

        Assert.Equal("example.org", fixture.Read("t.conf"));
    }
}
