using Renderer.Core.Running;
using static Renderer.Core.Tests.Running.RunnerCatalog;

namespace Renderer.Core.Tests.Running;

public sealed class RunnerWaitingForDataTests
{
    private const string KeyTemplate = "domain {{ key \"app/domain\" }};\n";

    [Fact]
    public async Task A_key_missing_from_a_catalog_file_reports_waiting_for_data_at_once()
    {
        await using var fixture = new RunnerFixture();

        var report = Assert.Single((await fixture.RunOnceAsync(Web(), fixture.Options("t.scriban", KeyTemplate, "t.conf"))).Templates);

        Assert.Equal(TemplateStatus.WaitingForData, report.Status);
        Assert.Equal([Key("app/domain")], report.Missing.ToArray());
        Assert.False(fixture.Exists("t.conf"));
    }

    [Fact]
    public async Task Waiting_for_data_fails_the_run()
    {
        await using var fixture = new RunnerFixture();

        var outcome = await fixture.RunOnceAsync(Web(), fixture.Options("t.scriban", KeyTemplate, "t.conf"));

        Assert.Equal((true, false), (outcome.AnyWaitingForData, outcome.Succeeded));
    }

    [Fact]
    public async Task A_static_feed_says_at_once_what_a_template_waits_for()
    {
        await using var fixture = new RunnerFixture();

        var options = fixture.Options("t.scriban", KeyTemplate, "t.conf");
        await fixture.RunOnceAsync(Web(), options);

        var entry = Assert.Single(fixture.Logs.Entries, entry => entry.Message.Contains("waiting for data", StringComparison.Ordinal));
        Assert.Equal($"Template {options.Source} is still waiting for data: key(app/domain)", entry.Message);
    }

    [Fact]
    public async Task Once_mode_with_missing_live_data_gives_up_after_the_missing_data_timeout()
    {
        await using var fixture = new RunnerFixture();
        var feed = new ManualFeed(Web(8080));
        feed.Withhold(WebKey);
        var options = new RunnerOptions
        {
            Templates = [fixture.Options("web.scriban", Upstream, "web.conf")],
            Once = true,
            MissingDataTimeout = TimeSpan.FromSeconds(30),
        };
        await fixture.StartAsync(options, feed);
        await feed.NextWaitAsync();

        fixture.Time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(fixture.Running.IsCompleted);
        fixture.Time.Advance(TimeSpan.FromSeconds(1));
        var outcome = await fixture.Running.WaitAsync(TimeSpan.FromSeconds(20));

        var report = Assert.Single(outcome.Templates);
        Assert.Equal((TemplateStatus.WaitingForData, WebKey), (report.Status, Assert.Single(report.Missing)));
        Assert.False(fixture.Exists("web.conf"));
    }

    [Fact]
    public async Task Once_mode_finishes_as_soon_as_the_missing_data_arrives()
    {
        await using var fixture = new RunnerFixture();
        var feed = new ManualFeed(Web(8080));
        feed.Withhold(WebKey);
        await fixture.StartAsync(new RunnerOptions { Templates = [fixture.Options("web.scriban", Upstream, "web.conf")], Once = true }, feed);
        await feed.NextWaitAsync();

        feed.Publish(Web(8080), WebKey);
        var outcome = await fixture.Running.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(TemplateStatus.Written, Assert.Single(outcome.Templates).Status);
        Assert.Equal(Rendered(8080), fixture.Read("web.conf"));
    }

    [Fact]
    public async Task A_watching_runner_renders_a_waiting_template_when_its_data_arrives()
    {
        await using var fixture = new RunnerFixture();
        var feed = new ManualFeed(Web(8080));
        feed.Withhold(Key("app/domain"));
        await fixture.StartAsync(new RunnerOptions { Templates = [fixture.Options("t.scriban", KeyTemplate, "t.conf")] }, feed);
        await feed.NextWaitAsync();
        Assert.False(fixture.Exists("t.conf"));

        feed.Publish(With([], ("app/domain", "example.org")), Key("app/domain"));
        await feed.NextWaitAsync();

        Assert.Equal("domain example.org;\n", fixture.Read("t.conf"));
    }

    [Fact]
    public async Task A_watching_runner_says_what_a_template_waits_for_once_it_has_waited_long_enough()
    {
        await using var fixture = new RunnerFixture();
        var feed = new ManualFeed(Web(8080));
        feed.Withhold(Key("app/domain"));
        var options = new RunnerOptions
        {
            Templates = [fixture.Options("t.scriban", KeyTemplate, "t.conf")],
            MissingDataWarningAfter = TimeSpan.FromSeconds(5),
        };
        await fixture.StartAsync(options, feed);
        await feed.NextWaitAsync();
        Assert.DoesNotContain(fixture.Logs.Entries, entry => entry.Message.Contains("waiting for data", StringComparison.Ordinal));

        fixture.Time.Advance(TimeSpan.FromSeconds(5));
        await feed.NextWaitAsync();

        Assert.Contains(fixture.Logs.Entries, entry => entry.Message.EndsWith("is still waiting for data: key(app/domain)", StringComparison.Ordinal));
    }
}
