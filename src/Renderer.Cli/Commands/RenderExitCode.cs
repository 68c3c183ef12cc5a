using Microsoft.Extensions.Logging;
using Renderer.Core.Running;

namespace Renderer.Cli.Commands;

/// <summary>Maps how a render run ended to an exit code (the table is in <see cref="ExitCodes"/>).</summary>
internal static class RenderExitCode
{
    public static async Task<int> FromOutcomeAsync(RunOutcome outcome, RunnerOptions options, bool stopped, CliEnvironment environment)
    {
        // A watcher stopped by SIGTERM/SIGINT ends normally; problems were logged as they happened.
        if (stopped && !options.Once)
        {
            return ExitCodes.Success;
        }

        // Failures were logged as they happened; repeat them only when the log level hid them.
        if (options.LogLevel > LogLevel.Error)
        {
            foreach (var failed in outcome.Templates.Where(report => report.IsFailure))
            {
                await environment.Error.WriteLineAsync(failed.Error).ConfigureAwait(false);
            }
        }

        foreach (var waiting in outcome.Templates.Where(report => report.Status == TemplateStatus.WaitingForData))
        {
            await environment.Error.WriteLineAsync(
                $"renderer: {waiting.Source}: no data for {string.Join(", ", waiting.Missing)}; {waiting.Destination} was not written.").ConfigureAwait(false);
        }

        var statuses = outcome.Templates.Select(report => report.Status).ToHashSet();
        return statuses switch
        {
            _ when statuses.Contains(TemplateStatus.RenderFailed) => ExitCodes.TemplateError,
            _ when statuses.Contains(TemplateStatus.WriteFailed) => ExitCodes.OutputError,
            _ when statuses.Contains(TemplateStatus.CheckFailed) || outcome.CommandFailed => ExitCodes.CommandFailed,
            _ when statuses.Contains(TemplateStatus.WaitingForData) => ExitCodes.ConsulError,
            _ when statuses.Contains(TemplateStatus.Differs) => ExitCodes.Differs,
            _ => ExitCodes.Success,
        };
    }
}
