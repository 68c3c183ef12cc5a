using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Renderer.Core.Output;
using Renderer.Processes;

namespace Renderer.Core.Checking;

/// <summary>
/// Validates a freshly written file with its check command while the new file is in place (the way <c>nginx -t</c>
/// needs it), and puts the previous file back, atomically, when the check does not pass. A failed check is a result,
/// not an exception: the watcher keeps running on the old configuration.
/// </summary>
public sealed class OutputChecker
{
    private readonly AtomicFileWriter _writer;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a checker that restores through <paramref name="writer"/>.</summary>
    public OutputChecker(AtomicFileWriter writer, ILogger<OutputChecker>? logger = null, TimeProvider? timeProvider = null)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _logger = logger ?? NullLogger<OutputChecker>.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Runs the check; on failure or timeout restores the previous file before returning.</summary>
    /// <exception cref="OperationCanceledException">Cancelled; the previous file was restored first.</exception>
    /// <exception cref="OutputWriteException">The previous file could not be restored.</exception>
    public async Task<CheckResult> CheckAsync(CheckRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var command = ShellCommand.Create(request.CommandLine);
        if (request.Write.Rollback is not { } rollback)
        {
            return new CheckResult.Skipped(request.CommandLine, $"'{request.Write.Path}' was not written ({request.Write.Outcome}).");
        }

        var options = new ProcessRunOptions { Timeout = request.Timeout, GracePeriod = request.GracePeriod, TimeProvider = _timeProvider };
        ProcessResult run;
        try
        {
            run = await ProcessRunner.RunAsync(command, options, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Nothing validated the new file (the shell could not start, or we were cancelled): it must not stay.
            await RestoreAsync(rollback).ConfigureAwait(false);
            throw;
        }

        var result = ToResult(request, run);
        if (!result.Accepted || run.TerminatedBy == ProcessTermination.Cancellation)
        {
            await RestoreAsync(rollback).ConfigureAwait(false);
        }

        Report(request, result);
        if (run.TerminatedBy == ProcessTermination.Cancellation)
        {
            throw new OperationCanceledException($"The check '{request.CommandLine}' of '{rollback.Path}' was cancelled; the previous file was restored.", cancellationToken);
        }

        return result;
    }

    private static CheckResult ToResult(CheckRequest request, ProcessResult run)
    {
        var output = string.Concat(run.StandardOutput, run.StandardError).TrimEnd();
        return run switch
        {
            { TerminatedBy: ProcessTermination.Timeout } => new CheckResult.TimedOut(request.CommandLine, request.Timeout, run.Killed, output),
            { Succeeded: true } => new CheckResult.Passed(request.CommandLine, output, run.Duration),
            _ => new CheckResult.Failed(request.CommandLine, run.ExitCode, output, run.Duration),
        };
    }

    // Not cancellable: a half-finished rollback is exactly the damage this class exists to prevent.
    private Task RestoreAsync(OutputRollback rollback) => _writer.RestoreAsync(rollback, CancellationToken.None);

    private void Report(CheckRequest request, CheckResult result)
    {
        switch (result)
        {
            case CheckResult.Passed passed:
                CheckerLog.Passed(_logger, request.Write.Path, request.CommandLine, passed.Duration);
                break;
            case CheckResult.Failed failed:
                CheckerLog.Failed(_logger, request.Write.Path, request.CommandLine, failed.ExitCode, failed.Output);
                break;
            case CheckResult.TimedOut timedOut:
                CheckerLog.TimedOut(_logger, request.Write.Path, request.CommandLine, timedOut.Timeout, timedOut.Killed, timedOut.Output);
                break;
        }
    }
}
