using Renderer.Core.Dependencies;
using Renderer.Core.Running;
using static Renderer.Core.Tests.Running.RunnerCatalog;

namespace Renderer.Core.Tests.Running;

/// <summary>A watching runner re-renders exactly the templates whose data changed.</summary>
public sealed class RunnerChangeTests
{
    private const string DomainTemplate = "domain {{ key \"app/domain\" }};\n";

    private static async Task<ManualFeed> StartAsync(RunnerFixture fixture, params TemplateOptions[] templates)
    {
        var feed = new ManualFeed(With([8080], ("app/domain", "a.example")));
        await fixture.StartAsync(new RunnerOptions { Templates = templates }, feed);
        await feed.NextWaitAsync();
        return feed;
    }

    [Fact]
    public async Task A_template_that_reads_a_changed_dependency_is_rendered_again()
    {
        await using var fixture = new RunnerFixture();
        var feed = await StartAsync(fixture, fixture.Options("web.scriban", Upstream, "web.conf"));

        feed.Publish(Web(8080, 8081), WebKey);
        await feed.NextWaitAsync();

        Assert.Equal(Rendered(8080, 8081), fixture.Read("web.conf"));
    }

    [Fact]
    public async Task A_template_that_does_not_read_the_changed_dependency_is_left_alone()
    {
        await using var fixture = new RunnerFixture();
        var feed = await StartAsync(fixture, fixture.Options("web.scriban", Upstream, "web.conf"), fixture.Options("domain.scriban", DomainTemplate, "domain.conf"));

        // The KV value changes too, but only the service is signalled: the domain template must not render.
        feed.Publish(With([8080, 8081], ("app/domain", "b.example")), WebKey);
        await feed.NextWaitAsync();

        Assert.Equal(Rendered(8080, 8081), fixture.Read("web.conf"));
        Assert.Equal("domain a.example;\n", fixture.Read("domain.conf"));
    }

    [Fact]
    public async Task A_change_runs_the_reload_command_of_the_rewritten_template_once()
    {
        await using var fixture = new RunnerFixture();
        var template = fixture.Options("web.scriban", Upstream, "web.conf") with { Command = fixture.Append("reloads.log", "reload") };
        var feed = await StartAsync(fixture, template);

        feed.Publish(Web(8080, 8081), WebKey);
        await feed.NextWaitAsync();

        Assert.Equal(["reload", "reload"], fixture.Lines("reloads.log"));
    }

    [Fact]
    public async Task A_change_that_renders_the_same_bytes_runs_no_command()
    {
        await using var fixture = new RunnerFixture();
        var template = fixture.Options("web.scriban", Upstream, "web.conf") with { Command = fixture.Append("reloads.log", "reload") };
        var feed = await StartAsync(fixture, template);

        feed.Publish(Web(8080), WebKey);
        await feed.NextWaitAsync();

        Assert.Equal(["reload"], fixture.Lines("reloads.log"));
    }

    [Fact]
    public async Task The_runner_watches_exactly_what_its_templates_read()
    {
        await using var fixture = new RunnerFixture();
        var feed = await StartAsync(fixture, fixture.Options("web.scriban", Upstream, "web.conf"), fixture.Options("domain.scriban", DomainTemplate, "domain.conf"));

        Assert.Equal<DependencyKey>([WebKey, Key("app/domain")], feed.Tracked[^1]);
    }

    [Fact]
    public async Task A_dependency_no_template_reads_any_more_is_no_longer_watched()
    {
        await using var fixture = new RunnerFixture();
        const string Conditional = "{{ if (key \"app/domain\") == \"a.example\" }}{{ service \"web\" }}{{ end }}";
        var feed = await StartAsync(fixture, fixture.Options("t.scriban", Conditional, "t.conf"));

        feed.Publish(With([8080], ("app/domain", "b.example")), Key("app/domain"));
        await feed.NextWaitAsync();

        Assert.Equal<DependencyKey>([Key("app/domain")], feed.Tracked[^1]);
    }

    [Fact]
    public async Task A_template_that_failed_on_bad_data_renders_again_when_that_data_is_fixed()
    {
        await using var fixture = new RunnerFixture();
        var feed = new ManualFeed(With([], ("app/domain", "bad;domain")));
        await fixture.StartAsync(new RunnerOptions { Templates = [fixture.Options("t.scriban", "server_name {{ key \"app/domain\" | nginx.token }};\n", "t.conf")] }, feed);
        await feed.NextWaitAsync();
        Assert.False(fixture.Exists("t.conf"));

        feed.Publish(With([], ("app/domain", "good.example")), Key("app/domain"));
        await feed.NextWaitAsync();

        Assert.Equal("server_name good.example;\n", fixture.Read("t.conf"));
    }

    [Fact]
    public async Task Stopping_a_watching_runner_returns_the_last_reports()
    {
        await using var fixture = new RunnerFixture();
        await StartAsync(fixture, fixture.Options("web.scriban", Upstream, "web.conf"));

        var outcome = await fixture.StopAsync();

        Assert.Equal(TemplateStatus.Written, Assert.Single(outcome.Templates).Status);
    }
}
