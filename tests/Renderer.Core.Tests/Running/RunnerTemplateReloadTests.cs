using Renderer.Core.Running;
using static Renderer.Core.Tests.Running.RunnerCatalog;

namespace Renderer.Core.Tests.Running;

/// <summary>SIGHUP: <see cref="Runner.RequestTemplateReload"/> re-reads the template files.</summary>
public sealed class RunnerTemplateReloadTests
{
    [Fact]
    public async Task A_reload_request_re_reads_a_changed_template_file_and_renders_it()
    {
        await using var fixture = new RunnerFixture();
        var template = fixture.Options("web.scriban", Upstream, "web.conf");
        var feed = new ManualFeed(Web(8080));
        var runner = await fixture.StartAsync(new RunnerOptions { Templates = [template] }, feed);
        await feed.NextWaitAsync();

        File.WriteAllText(template.Source, "# v2\n" + Upstream);
        runner.RequestTemplateReload();
        await feed.NextWaitAsync();

        Assert.Equal("# v2\n" + Rendered(8080), fixture.Read("web.conf"));
    }

    [Fact]
    public async Task A_reload_that_finds_a_broken_template_keeps_the_running_one()
    {
        await using var fixture = new RunnerFixture();
        var template = fixture.Options("web.scriban", Upstream, "web.conf");
        var feed = new ManualFeed(Web(8080));
        var runner = await fixture.StartAsync(new RunnerOptions { Templates = [template] }, feed);
        await feed.NextWaitAsync();

        File.WriteAllText(template.Source, "{{ if }}");
        runner.RequestTemplateReload();
        await feed.NextWaitAsync();
        feed.Publish(Web(8080, 8081), WebKey);
        await feed.NextWaitAsync();

        Assert.Equal(Rendered(8080, 8081), fixture.Read("web.conf"));
        Assert.Contains(fixture.Logs.Entries, entry => entry.Message.StartsWith("Reloading configuration failed; keeping the running one: " + template.Source + "(1,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reload_request_made_while_a_change_is_also_pending_is_not_lost()
    {
        await using var fixture = new RunnerFixture();
        var template = fixture.Options("web.scriban", Upstream, "web.conf");
        var feed = new ManualFeed(Web(8080));
        var runner = await fixture.StartAsync(new RunnerOptions { Templates = [template] }, feed);
        await feed.NextWaitAsync();

        // Hold the runner at the end of its next pass, then queue a change and a reload request together.
        var held = feed.HoldTracking();
        feed.Publish(Web(8080, 8081), WebKey);
        await held;
        File.WriteAllText(template.Source, "# v2\n" + Upstream);
        feed.Publish(Web(8080, 8082), WebKey);
        runner.RequestTemplateReload();
        feed.OpenTracking();
        await feed.NextWaitAsync(); // the held pass ends: the runner finds both the change and the request
        await feed.NextWaitAsync(); // the pass that handled them

        Assert.Equal("# v2\n" + Rendered(8080, 8082), fixture.Read("web.conf"));
    }
}
