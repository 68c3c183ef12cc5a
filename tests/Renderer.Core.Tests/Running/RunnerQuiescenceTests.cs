using Renderer.Core.Running;
using static Renderer.Core.Tests.Running.RunnerCatalog;

namespace Renderer.Core.Tests.Running;

/// <summary><c>wait min:max</c> on the fake clock: quiet for min renders, constant churn renders at max.</summary>
public sealed class RunnerQuiescenceTests
{
    private static readonly QuiescenceOptions Wait = new(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10));

    private static async Task<ManualFeed> StartRenderedAsync(RunnerFixture fixture, RunnerOptions options)
    {
        var feed = new ManualFeed(Web(8080));
        await fixture.StartAsync(options, feed);
        await feed.NextWaitAsync();
        fixture.Time.Advance(TimeSpan.FromSeconds(2));
        await feed.NextWaitAsync();
        Assert.Equal(Rendered(8080), fixture.Read("web.conf"));
        return feed;
    }

    [Fact]
    public async Task The_first_render_waits_for_min()
    {
        await using var fixture = new RunnerFixture();
        var feed = new ManualFeed(Web(8080));
        await fixture.StartAsync(new RunnerOptions { Templates = [fixture.Options("web.scriban", Upstream, "web.conf")], Wait = Wait }, feed);
        await feed.NextWaitAsync();
        Assert.False(fixture.Exists("web.conf"));

        fixture.Time.Advance(TimeSpan.FromSeconds(2));
        await feed.NextWaitAsync();

        Assert.Equal(Rendered(8080), fixture.Read("web.conf"));
    }

    [Fact]
    public async Task A_change_renders_once_the_data_has_been_quiet_for_min()
    {
        await using var fixture = new RunnerFixture();
        var feed = await StartRenderedAsync(fixture, new RunnerOptions { Templates = [fixture.Options("web.scriban", Upstream, "web.conf")], Wait = Wait });

        feed.Publish(Web(8080, 8081), WebKey);
        await feed.NextWaitAsync();
        fixture.Time.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.Equal(Rendered(8080), fixture.Read("web.conf"));

        fixture.Time.Advance(TimeSpan.FromMilliseconds(1));
        await feed.NextWaitAsync();

        Assert.Equal(Rendered(8080, 8081), fixture.Read("web.conf"));
    }

    [Fact]
    public async Task Each_new_change_restarts_the_quiet_period()
    {
        await using var fixture = new RunnerFixture();
        var feed = await StartRenderedAsync(fixture, new RunnerOptions { Templates = [fixture.Options("web.scriban", Upstream, "web.conf")], Wait = Wait });

        feed.Publish(Web(8080, 8081), WebKey);
        await feed.NextWaitAsync();
        fixture.Time.Advance(TimeSpan.FromSeconds(1.5));
        feed.Publish(Web(8080, 8082), WebKey);
        await feed.NextWaitAsync();
        fixture.Time.Advance(TimeSpan.FromSeconds(1.5));
        Assert.Equal(Rendered(8080), fixture.Read("web.conf"));

        fixture.Time.Advance(TimeSpan.FromSeconds(0.5));
        await feed.NextWaitAsync();

        Assert.Equal(Rendered(8080, 8082), fixture.Read("web.conf"));
    }

    [Fact]
    public async Task Constant_churn_renders_at_max_after_the_first_change()
    {
        await using var fixture = new RunnerFixture();
        var feed = await StartRenderedAsync(fixture, new RunnerOptions { Templates = [fixture.Options("web.scriban", Upstream, "web.conf")], Wait = Wait });

        // A change every second never leaves 2 s of quiet; the 10 s cap forces the render.
        for (var second = 0; second < 9; second++)
        {
            feed.Publish(Web(8080, 9000 + second), WebKey);
            await feed.NextWaitAsync();
            fixture.Time.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal(Rendered(8080), fixture.Read("web.conf"));
        }

        feed.Publish(Web(8080, 9009), WebKey);
        await feed.NextWaitAsync();
        fixture.Time.Advance(TimeSpan.FromSeconds(1));
        await feed.NextWaitAsync();

        Assert.Equal(Rendered(8080, 9009), fixture.Read("web.conf"));
    }

    [Fact]
    public async Task A_templates_own_wait_overrides_the_global_one()
    {
        await using var fixture = new RunnerFixture();
        var feed = new ManualFeed(Web(8080));
        var quick = fixture.Options("quick.scriban", Upstream, "quick.conf") with { Wait = QuiescenceOptions.None };
        var slow = fixture.Options("slow.scriban", Upstream, "slow.conf");
        await fixture.StartAsync(new RunnerOptions { Templates = [quick, slow], Wait = Wait }, feed);

        await feed.NextWaitAsync();

        Assert.Equal((true, false), (fixture.Exists("quick.conf"), fixture.Exists("slow.conf")));
    }

    [Fact]
    public async Task Once_mode_over_data_that_never_changes_renders_after_min()
    {
        await using var fixture = new RunnerFixture();
        var feed = new ManualFeed(Web(8080)) { IsStatic = true };
        await fixture.StartAsync(new RunnerOptions { Templates = [fixture.Options("web.scriban", Upstream, "web.conf")], Once = true, Wait = Wait }, feed);
        await feed.NextWaitAsync();

        fixture.Time.Advance(TimeSpan.FromSeconds(2));
        var outcome = await fixture.Running.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(TemplateStatus.Written, Assert.Single(outcome.Templates).Status);
        Assert.Equal(Rendered(8080), fixture.Read("web.conf"));
    }
}
