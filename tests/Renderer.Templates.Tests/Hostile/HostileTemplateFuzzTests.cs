using Renderer.TestKit;
using Xunit.Abstractions;

namespace Renderer.Templates.Tests.Hostile;

/// <summary>
/// Issue 6, item 2: hostile catalog data rendered through every shipped template. Each output is either refused with an
/// error naming the offending value, or accepted with the shape of a benign catalog's output (no injected directive) and
/// passes real <c>nginx -t</c>. Each test prints its counts; <see cref="HostileSettings"/> says how to run all 10,000.
/// </summary>
public sealed class HostileTemplateFuzzTests(ITestOutputHelper output)
{
    [NginxFact]
    public Task Nginx_http_refuses_naming_the_value_or_renders_hostile_registrations_that_pass_nginx_test_without_injection() =>
        RunNginxAsync("nginx-http.scriban");

    [NginxFact(RequiresStreamModule = true)]
    public Task Nginx_stream_refuses_naming_the_value_or_renders_hostile_registrations_that_pass_nginx_test_without_injection() =>
        RunNginxAsync("nginx-stream.scriban");

    [NginxFact]
    public Task Nginx_vhost_refuses_naming_the_value_or_renders_hostile_registrations_that_pass_nginx_test_without_injection() =>
        RunNginxAsync("nginx-vhost.scriban");

    [NginxFact(RequiresStreamModule = true)]
    public Task Nginx_conf_refuses_naming_the_value_or_renders_hostile_registrations_that_pass_nginx_test_without_injection() =>
        RunNginxAsync("nginx.conf.scriban");

    [Fact]
    public async Task Dependencies_json_refuses_naming_the_value_or_writes_json_with_exactly_the_expected_keys()
    {
        var tally = await HostileJsonRun.RunAsync(HostileGenerator.Sequence(HostileSettings.Count, HostileSettings.Seed));

        tally.Print(output);
        AssertClean(tally);
        Assert.Equal(0, tally.NginxRuns);
    }

    private async Task RunNginxAsync(string template)
    {
        var tally = await HostileNginxRun.RunAsync(template, HostileGenerator.Sequence(HostileSettings.Count, HostileSettings.Seed));

        tally.Print(output);
        AssertClean(tally);
        Assert.True(tally.NginxRuns > 0, "No accepted output was checked with nginx -t.");
        Assert.Equal(tally.NginxRuns, tally.NginxPassed);
    }

    private static void AssertClean(HostileTally tally)
    {
        Assert.True(tally.Injections.Count == 0 && tally.UnnamedRefusals.Count == 0 && tally.Failures.Count == 0, tally.Report());
        Assert.True(tally.Refused > 0 && tally.Accepted > 0, "A fuzz run should see both refused and accepted registrations:\n" + tally.Report());
    }
}
