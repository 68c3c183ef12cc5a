using Renderer.TestKit;

namespace Renderer.Processes.Tests;

public sealed class ProcessRunnerTerminationTests
{
    // The timeout tests use sh, which installs its trap at once; the .NET dummy needs tens of milliseconds to set up
    // its SIGTERM handler, which a short timeout could beat on a loaded machine. The cancellation tests below use the
    // dummy and wait for its ready file instead.
    [LinuxOnlyFact]
    public async Task A_timeout_interrupts_with_sigterm_which_the_process_can_handle()
    {
        var command = ShellCommand.Create("trap 'echo received SIGTERM; exit 143' TERM; sleep 30 & wait");

        var result = await ProcessRunner.RunAsync(
            command,
            new ProcessRunOptions { Timeout = TimeSpan.FromMilliseconds(500), GracePeriod = TimeSpan.FromSeconds(5) });

        Assert.Equal(ProcessTermination.Timeout, result.TerminatedBy);
        Assert.False(result.Killed);
        Assert.Equal(143, result.ExitCode);
        Assert.Equal("received SIGTERM\n", result.StandardOutput);
    }

    [LinuxOnlyFact]
    public async Task A_process_that_ignores_sigterm_is_killed_after_the_grace_period_and_reported_as_killed()
    {
        var command = ShellCommand.Create("trap '' TERM; echo started; sleep 30");

        var result = await ProcessRunner.RunAsync(
            command,
            new ProcessRunOptions { Timeout = TimeSpan.FromMilliseconds(500), GracePeriod = TimeSpan.FromMilliseconds(300) });

        Assert.Equal(ProcessTermination.Timeout, result.TerminatedBy);
        Assert.True(result.Killed);
        Assert.Equal(137, result.ExitCode);
        Assert.Equal("started\n", result.StandardOutput);
    }

    [LinuxOnlyFact]
    public async Task Cancellation_interrupts_the_process_and_is_reported_as_cancellation()
    {
        using var directory = TempDirectory.Create();
        var ready = directory.Combine("ready");
        using var cancellation = new CancellationTokenSource();

        var run = ProcessRunner.RunAsync(Dummy.Command("write-file", ready, "1", "sleep", "30000"), cancellationToken: cancellation.Token);
        await Dummy.WaitForFileAsync(ready);
        await cancellation.CancelAsync();
        var result = await run;

        Assert.Equal(ProcessTermination.Cancellation, result.TerminatedBy);
        Assert.False(result.Killed);
        Assert.Equal("received SIGTERM\n", result.StandardOutput);
    }

    [LinuxOnlyFact]
    public async Task Cancelling_a_process_that_ignores_sigterm_kills_it_after_the_grace_period()
    {
        using var directory = TempDirectory.Create();
        var ready = directory.Combine("ready");
        using var cancellation = new CancellationTokenSource();
        var options = new ProcessRunOptions { GracePeriod = TimeSpan.FromMilliseconds(200) };

        var run = ProcessRunner.RunAsync(Dummy.Command("ignore-sigterm", "write-file", ready, "1", "sleep", "30000"), options, cancellation.Token);
        await Dummy.WaitForFileAsync(ready);
        await cancellation.CancelAsync();
        var result = await run;

        Assert.Equal(ProcessTermination.Cancellation, result.TerminatedBy);
        Assert.True(result.Killed);
    }

    [LinuxOnlyFact]
    public async Task A_grandchild_that_ignores_sigterm_is_killed_with_the_tree()
    {
        // sh dies on SIGTERM; the sleep it started in the background ignores SIGTERM and would keep the pipes open.
        var command = ShellCommand.Create("(trap '' TERM; exec sleep 30) & echo $!; wait");
        var options = new ProcessRunOptions { Timeout = TimeSpan.FromMilliseconds(500), GracePeriod = TimeSpan.FromMilliseconds(300) };

        var result = await ProcessRunner.RunAsync(command, options);

        Assert.Equal(ProcessTermination.Timeout, result.TerminatedBy);
        Assert.True(result.Killed);
        var grandchild = int.Parse(result.StandardOutput.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(ProcessTree.IsAlive(new ProcessTree.Member(grandchild, 0)));
    }

    [LinuxOnlyFact]
    public async Task A_background_process_holding_the_output_pipe_does_not_hold_the_result()
    {
        var options = new ProcessRunOptions { OutputDrainTimeout = TimeSpan.FromMilliseconds(200) };

        var result = await ProcessRunner.RunAsync(ShellCommand.Create("sleep 20 & echo $!"), options);

        var background = new ProcessTree.Member(int.Parse(result.StandardOutput.Trim(), System.Globalization.CultureInfo.InvariantCulture), 0);
        try
        {
            Assert.Equal(0, result.ExitCode);
            Assert.True(ProcessTree.IsAlive(background), "the result should arrive while the background sleep still runs");
        }
        finally
        {
            ProcessTree.Signal([background], Interop.Libc.SigKill);
        }
    }
}
