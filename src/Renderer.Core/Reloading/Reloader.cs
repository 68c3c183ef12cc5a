using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Renderer.Processes;

namespace Renderer.Core.Reloading;

/// <summary>
/// Runs a <see cref="ReloadPlan"/>: each command through <c>/bin/sh -c</c>, one after the other, with the plan's
/// timeout. A failing, hanging or unstartable command is logged and reported in the result, never thrown, so the
/// watcher survives a broken reload and tries again on the next change.
/// </summary>
public sealed class Reloader
{
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a reloader that logs through <paramref name="logger"/>.</summary>
    public Reloader(ILogger<Reloader>? logger = null, TimeProvider? timeProvider = null)
    {
        _logger = logger ?? NullLogger<Reloader>.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Runs every command of <paramref name="plan"/> in order; after cancellation the rest are skipped.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The plan's timeout or grace period is invalid.</exception>
    public async Task<ReloadBatchResult> RunAsync(ReloadPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var options = new ProcessRunOptions { Timeout = plan.Timeout, GracePeriod = plan.GracePeriod, TimeProvider = _timeProvider };
        // A bad limit is a configuration error, reported before anything runs rather than as a failed reload.
        options.Validate();
        var results = new List<ReloadResult>(plan.Commands.Count);
        foreach (var commandLine in plan.Commands)
        {
            var result = cancellationToken.IsCancellationRequested
                ? new ReloadResult(commandLine, ReloadOutcome.Skipped, null, "", "", TimeSpan.Zero, false)
                : await RunOneAsync(commandLine, options, cancellationToken).ConfigureAwait(false);
            Report(result);
            results.Add(result);
        }

        return new ReloadBatchResult(results);
    }

    private async Task<ReloadResult> RunOneAsync(string commandLine, ProcessRunOptions options, CancellationToken cancellationToken)
    {
        ReloaderLog.Running(_logger, commandLine);
        ProcessResult run;
        try
        {
            run = await ProcessRunner.RunAsync(ShellCommand.Create(commandLine), options, cancellationToken).ConfigureAwait(false);
        }
        catch (ProcessStartException error)
        {
            return new ReloadResult(commandLine, ReloadOutcome.CouldNotStart, null, "", error.Message, TimeSpan.Zero, false);
        }
        catch (OperationCanceledException)
        {
            // Cancelled between the check above and the start.
            return new ReloadResult(commandLine, ReloadOutcome.Skipped, null, "", "", TimeSpan.Zero, false);
        }

        var outcome = run.TerminatedBy switch
        {
            ProcessTermination.Timeout => ReloadOutcome.TimedOut,
            ProcessTermination.Cancellation => ReloadOutcome.Cancelled,
            _ => run.ExitCode == 0 ? ReloadOutcome.Succeeded : ReloadOutcome.Failed,
        };
        return new ReloadResult(commandLine, outcome, run.ExitCode, run.StandardOutput, run.StandardError, run.Duration, run.Killed);
    }

    private void Report(ReloadResult result)
    {
        switch (result.Outcome)
        {
            case ReloadOutcome.Succeeded:
                ReloaderLog.Succeeded(_logger, result.CommandLine, result.Duration, Combined(result));
                break;
            case ReloadOutcome.Failed:
                ReloaderLog.Failed(_logger, result.CommandLine, result.ExitCode ?? -1, Combined(result));
                break;
            case ReloadOutcome.TimedOut:
                ReloaderLog.TimedOut(_logger, result.CommandLine, result.Duration, result.Killed, Combined(result));
                break;
            case ReloadOutcome.Cancelled:
            case ReloadOutcome.Skipped:
                ReloaderLog.NotCompleted(_logger, result.CommandLine, result.Outcome);
                break;
            case ReloadOutcome.CouldNotStart:
                ReloaderLog.CouldNotStart(_logger, result.CommandLine, result.StandardError);
                break;
        }
    }

    private static string Combined(ReloadResult result) => string.Concat(result.StandardOutput, result.StandardError).TrimEnd();
}
