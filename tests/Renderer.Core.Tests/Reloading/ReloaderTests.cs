using Microsoft.Extensions.Logging;
using Renderer.Core.Reloading;
using Renderer.Processes;
using Renderer.TestKit;

namespace Renderer.Core.Tests.Reloading;

public sealed class ReloaderTests
{
    private readonly RecordingLogger<Reloader> _logger = new();
    private readonly Reloader _reloader;

    public ReloaderTests() => _reloader = new Reloader(_logger);

    [LinuxOnlyFact]
    public async Task Each_planned_command_runs_once_in_plan_order()
    {
        using var directory = TempDirectory.Create();
        var log = ShellCommand.Quote(directory.Combine("log"));
        var plan = ReloadPlan.From([$"echo a >> {log}", $"echo b >> {log}", $"echo a >> {log}"]);

        var result = await _reloader.RunAsync(plan);

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Commands.Count);
        Assert.Equal("a\nb\n", File.ReadAllText(directory.Combine("log")));
    }

    [LinuxOnlyFact]
    public async Task A_failing_command_is_reported_and_logged_and_the_next_one_still_runs()
    {
        using var directory = TempDirectory.Create();
        var marker = directory.Combine("second-ran");
        var plan = ReloadPlan.From(["echo 'nginx: [emerg] bad' >&2; exit 1", $"touch {ShellCommand.Quote(marker)}"]);

        var result = await _reloader.RunAsync(plan);

        Assert.False(result.Succeeded);
        var failed = Assert.Single(result.Failures);
        Assert.Equal(ReloadOutcome.Failed, failed.Outcome);
        Assert.Equal(1, failed.ExitCode);
        Assert.Equal("nginx: [emerg] bad\n", failed.StandardError);
        Assert.True(File.Exists(marker));
        Assert.Contains(_logger.Entries, entry => entry.Level == LogLevel.Error && entry.Message.Contains("nginx: [emerg] bad", StringComparison.Ordinal));
    }

    [LinuxOnlyFact]
    public async Task A_hanging_command_is_interrupted_then_killed_after_the_timeout()
    {
        var plan = ReloadPlan.From(["trap '' TERM; sleep 30"]) with
        {
            Timeout = TimeSpan.FromMilliseconds(300),
            GracePeriod = TimeSpan.FromMilliseconds(200),
        };

        var result = await _reloader.RunAsync(plan);

        var timedOut = Assert.Single(result.Commands);
        Assert.Equal(ReloadOutcome.TimedOut, timedOut.Outcome);
        Assert.True(timedOut.Killed);
    }

    [LinuxOnlyFact]
    public async Task Cancellation_interrupts_the_running_command_and_skips_the_rest()
    {
        using var directory = TempDirectory.Create();
        var marker = directory.Combine("second-ran");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var plan = ReloadPlan.From(["sleep 30", $"touch {ShellCommand.Quote(marker)}"]);

        var result = await _reloader.RunAsync(plan, cancellation.Token);

        Assert.Equal([ReloadOutcome.Cancelled, ReloadOutcome.Skipped], result.Commands.Select(command => command.Outcome));
        Assert.False(File.Exists(marker));
    }

    [LinuxOnlyFact]
    public async Task Output_of_a_successful_command_is_kept_in_the_result_and_the_log()
    {
        var result = await _reloader.RunAsync(ReloadPlan.From(["echo reloaded"]));

        var reloaded = Assert.Single(result.Commands);
        Assert.Equal("reloaded\n", reloaded.StandardOutput);
        Assert.Equal(0, reloaded.ExitCode);
        Assert.Contains(_logger.Entries, entry => entry.Level == LogLevel.Information && entry.Fields.TryGetValue("Output", out var output) && Equals(output, "reloaded"));
    }

    [Fact]
    public async Task An_empty_plan_runs_nothing_and_succeeds()
    {
        var result = await _reloader.RunAsync(ReloadPlan.Empty);

        Assert.Empty(result.Commands);
        Assert.True(result.Succeeded);
    }
}
