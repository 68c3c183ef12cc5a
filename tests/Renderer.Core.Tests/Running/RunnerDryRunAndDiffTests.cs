using Renderer.Core.Running;
using static Renderer.Core.Tests.Running.RunnerCatalog;

namespace Renderer.Core.Tests.Running;

public sealed class RunnerDryRunAndDiffTests
{
    [Fact]
    public async Task A_dry_run_prints_the_destination_and_the_content_and_writes_nothing()
    {
        await using var fixture = new RunnerFixture();
        var template = fixture.Options("web.scriban", Upstream, "web.conf") with { Command = fixture.Append("reloads.log", "reload") };

        var outcome = await fixture.RunOnceAsync(new RunnerOptions { Templates = [template], Once = true, DryRun = true }, Web(8080));

        Assert.Equal(TemplateStatus.WouldWrite, Assert.Single(outcome.Templates).Status);
        Assert.Equal($"> {fixture.PathOf("web.conf")}\n{Rendered(8080)}", fixture.Output.ToString());
        Assert.False(fixture.Exists("web.conf"));
        Assert.Empty(fixture.Lines("reloads.log"));
    }

    [Fact]
    public async Task A_dry_run_of_an_unchanged_file_prints_nothing()
    {
        await using var fixture = new RunnerFixture();
        File.WriteAllText(fixture.PathOf("web.conf"), Rendered(8080));

        var outcome = await fixture.RunOnceAsync(
            new RunnerOptions { Templates = [fixture.Options("web.scriban", Upstream, "web.conf")], Once = true, DryRun = true }, Web(8080));

        Assert.Equal(TemplateStatus.Unchanged, Assert.Single(outcome.Templates).Status);
        Assert.Equal("", fixture.Output.ToString());
    }

    [Fact]
    public async Task Diff_mode_prints_a_unified_diff_reports_differs_and_writes_nothing()
    {
        await using var fixture = new RunnerFixture();
        File.WriteAllText(fixture.PathOf("web.conf"), Rendered(8080));
        var template = fixture.Options("web.scriban", Upstream, "web.conf") with { Command = fixture.Append("reloads.log", "reload") };

        var outcome = await fixture.RunOnceAsync(new RunnerOptions { Templates = [template], Once = true, Diff = true }, Web(8081));

        var destination = fixture.PathOf("web.conf");
        Assert.Equal(TemplateStatus.Differs, Assert.Single(outcome.Templates).Status);
        Assert.True(outcome.AnyDiffers);
        Assert.Equal(
            $"--- {destination}\n+++ {destination} (rendered)\n@@ -1,3 +1,3 @@\n upstream web {{\n-    server 10.0.0.1:8080;\n+    server 10.0.0.1:8081;\n }}\n",
            fixture.Output.ToString());
        Assert.Equal(Rendered(8080), fixture.Read("web.conf"));
        Assert.Empty(fixture.Lines("reloads.log"));
    }

    [Fact]
    public async Task Diff_mode_against_a_missing_file_shows_every_line_as_added()
    {
        await using var fixture = new RunnerFixture();

        var outcome = await fixture.RunOnceAsync(
            new RunnerOptions { Templates = [fixture.Options("t.scriban", "a\nb\n", "t.conf")], Once = true, Diff = true }, Web());

        Assert.Equal(TemplateStatus.Differs, Assert.Single(outcome.Templates).Status);
        Assert.EndsWith("+a\n+b\n", fixture.Output.ToString(), StringComparison.Ordinal);
        Assert.False(fixture.Exists("t.conf"));
    }

    [Fact]
    public async Task Diff_mode_with_an_equal_file_prints_nothing_and_reports_unchanged()
    {
        await using var fixture = new RunnerFixture();
        File.WriteAllText(fixture.PathOf("web.conf"), Rendered(8080));

        var outcome = await fixture.RunOnceAsync(
            new RunnerOptions { Templates = [fixture.Options("web.scriban", Upstream, "web.conf")], Once = true, Diff = true }, Web(8080));

        Assert.Equal((TemplateStatus.Unchanged, ""), (Assert.Single(outcome.Templates).Status, fixture.Output.ToString()));
    }

    [Fact]
    public async Task Diff_mode_shows_a_difference_in_the_final_newline_alone()
    {
        await using var fixture = new RunnerFixture();
        File.WriteAllText(fixture.PathOf("t.conf"), "a\nb");

        var outcome = await fixture.RunOnceAsync(
            new RunnerOptions { Templates = [fixture.Options("t.scriban", "a\nb\n", "t.conf")], Once = true, Diff = true }, Web());

        Assert.Equal(TemplateStatus.Differs, Assert.Single(outcome.Templates).Status);
        Assert.Contains("\n+\n", fixture.Output.ToString(), StringComparison.Ordinal);
    }
}
