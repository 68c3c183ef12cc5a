using Microsoft.Extensions.Logging;
using Renderer.Core.Running;
using static Renderer.Core.Tests.Running.RunnerCatalog;

namespace Renderer.Core.Tests.Running;

/// <summary>SIGHUP with a config file: <see cref="Runner.RequestReload"/> switches to the re-read options.</summary>
public sealed class RunnerConfigurationReloadTests
{
    [Fact]
    public async Task A_reloaded_configuration_applies_new_variables_and_new_templates()
    {
        await using var fixture = new RunnerFixture();
        var template = fixture.Options("web.scriban", "name={{ vars.name }}\n", "web.conf");
        var feed = new ManualFeed(Web(8080));
        var runner = await fixture.StartAsync(new RunnerOptions { Templates = [template], Variables = new Dictionary<string, string> { ["name"] = "a" } }, feed);
        await feed.NextWaitAsync();
        var added = fixture.Options("extra.scriban", "extra {{ vars.name }}\n", "extra.conf");

        runner.RequestReload(new RunnerOptions { Templates = [template, added], Variables = new Dictionary<string, string> { ["name"] = "b" } });
        await feed.NextWaitAsync();

        Assert.Equal(("name=b\n", "extra b\n"), (fixture.Read("web.conf"), fixture.Read("extra.conf")));
    }

    [Fact]
    public async Task A_reloaded_configuration_that_changes_the_consul_address_says_a_restart_is_needed()
    {
        await using var fixture = new RunnerFixture();
        var template = fixture.Options("web.scriban", Upstream, "web.conf");
        var feed = new ManualFeed(Web(8080));
        var runner = await fixture.StartAsync(new RunnerOptions { Templates = [template] }, feed);
        await feed.NextWaitAsync();

        runner.RequestReload(new RunnerOptions { Templates = [template], Consul = new ConsulConnectionSettings { Address = "10.9.9.9:8500" } });
        await feed.NextWaitAsync();

        Assert.Contains(fixture.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("takes a restart", StringComparison.Ordinal));
        Assert.Equal(Rendered(8080), fixture.Read("web.conf"));
    }

    [Fact]
    public async Task A_reloaded_configuration_with_a_broken_template_keeps_the_running_configuration()
    {
        await using var fixture = new RunnerFixture();
        var template = fixture.Options("web.scriban", Upstream, "web.conf");
        var broken = fixture.Options("broken.scriban", "{{ if }}", "broken.conf");
        var feed = new ManualFeed(Web(8080));
        var runner = await fixture.StartAsync(new RunnerOptions { Templates = [template] }, feed);
        await feed.NextWaitAsync();

        runner.RequestReload(new RunnerOptions { Templates = [broken] });
        await feed.NextWaitAsync();
        feed.Publish(Web(8080, 8081), WebKey);
        await feed.NextWaitAsync();

        Assert.Equal(Rendered(8080, 8081), fixture.Read("web.conf"));
        Assert.False(fixture.Exists("broken.conf"));
    }
}
