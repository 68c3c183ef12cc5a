using System.Collections.Immutable;
using System.Text;
using DiffPlex.Renderer;
using Renderer.Core.Checking;
using Renderer.Core.Dependencies;
using Renderer.Core.Output;
using Renderer.Core.Rendering;
using Renderer.Core.Reloading;

namespace Renderer.Core.Running;

public sealed partial class Runner
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Renders every due template, then tracks what they read and runs each distinct reload command once.</summary>
    /// <returns>False when a reload command failed.</returns>
    private async Task<bool> RenderDueAsync()
    {
        var now = _services.TimeProvider.GetUtcNow();
        var plan = ReloadPlan.Empty;
        var timeout = TimeSpan.Zero;
        foreach (var template in _templates.Where(template => template.Timer.IsDue(now)))
        {
            template.Timer.Reset();
            // Writes, checks and reloads are not cancelled by a stop request: a stop finishes the batch in flight.
            template.Report = await RenderOneAsync(template, CancellationToken.None).ConfigureAwait(false);
            if (template.Report.Status == TemplateStatus.Written && template.Options.Command is { } command)
            {
                plan = plan.Add(command);
                timeout = Max(timeout, template.Options.CommandTimeout);
            }
        }

        await _feed.TrackAsync(AllUsed()).ConfigureAwait(false);
        if (plan.IsEmpty || _options.DryRun || _options.Diff)
        {
            return true;
        }

        var result = await _services.CreateReloader().RunAsync(plan with { Timeout = timeout }, CancellationToken.None).ConfigureAwait(false);
        return result.Succeeded;
    }

    private async Task<TemplateReport> RenderOneAsync(TemplateState template, CancellationToken cancellationToken)
    {
        var options = template.Options;
        var report = new TemplateReport(options.Source, options.Destination, TemplateStatus.Unchanged);
        RenderResult result;
        try
        {
            result = _renderer.Render(template.Compiled, _feed, cancellationToken);
        }
        catch (TemplateRenderException e)
        {
            // Keep watching what the failed render read: the data that broke it may be what fixes it.
            template.Used = template.Used.Union(e.Used);
            RunnerLog.RenderFailed(_logger, options.Source, options.Destination, e.Message);
            return report with { Status = TemplateStatus.RenderFailed, Error = e.Message };
        }

        template.Used = [.. result.Used];
        if (!result.IsComplete)
        {
            ReportWaiting(template, result.Missing);
            return report with { Status = TemplateStatus.WaitingForData, Missing = result.Missing };
        }

        template.WaitingSince = null;
        template.WaitingReported = false;
        var bytes = Utf8.GetBytes(result.Text);
        if (_options.Diff)
        {
            return report with { Status = await DiffAsync(options.Destination, result.Text, cancellationToken).ConfigureAwait(false) };
        }

        return await WriteAsync(template, bytes, report, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TemplateReport> WriteAsync(TemplateState template, byte[] bytes, TemplateReport report, CancellationToken cancellationToken)
    {
        var options = template.Options;
        OutputWriteResult write;
        try
        {
            write = await _services.Writer.WriteIfChangedAsync(
                new OutputWriteRequest(options.Destination, bytes) { Permissions = options.Permissions, Backup = options.Backup, DryRun = _options.DryRun },
                cancellationToken).ConfigureAwait(false);
        }
        catch (OutputWriteException e)
        {
            RunnerLog.WriteFailed(_logger, options.Destination, e.Message);
            return report with { Status = TemplateStatus.WriteFailed, Error = e.Message };
        }

        switch (write.Outcome)
        {
            case OutputWriteOutcome.Unchanged:
                RunnerLog.Unchanged(_logger, options.Destination);
                return report;
            case OutputWriteOutcome.WouldWrite:
                RunnerLog.WouldWrite(_logger, options.Destination);
                await _services.Output.WriteAsync($"> {options.Destination}\n{Utf8.GetString(bytes)}").ConfigureAwait(false);
                return report with { Status = TemplateStatus.WouldWrite };
        }

        if (options.CheckCommand is { } check)
        {
            var checkResult = await _services.CreateChecker()
                .CheckAsync(new CheckRequest(write, check) { Timeout = options.CommandTimeout }, cancellationToken).ConfigureAwait(false);
            if (!checkResult.Accepted)
            {
                var error = $"`{check}` refused the new file: {Describe(checkResult)}";
                RunnerLog.CheckFailed(_logger, options.Destination, error);
                return report with { Status = TemplateStatus.CheckFailed, Error = error };
            }
        }

        RunnerLog.Written(_logger, options.Destination);
        return report with { Status = TemplateStatus.Written };
    }

    private async Task<TemplateStatus> DiffAsync(string destination, string rendered, CancellationToken cancellationToken)
    {
        var current = File.Exists(destination) ? await File.ReadAllTextAsync(destination, cancellationToken).ConfigureAwait(false) : "";
        if (string.Equals(current, rendered, StringComparison.Ordinal))
        {
            return TemplateStatus.Unchanged;
        }

        var (before, after) = WithoutFinalNewline(current, rendered);
        var diff = UnidiffRenderer.GenerateUnidiff(before, after, destination, destination + " (rendered)", ignoreWhitespace: false, ignoreCase: false, contextLines: 3);
        await _services.Output.WriteAsync(diff.EndsWith('\n') ? diff : diff + "\n").ConfigureAwait(false);
        return TemplateStatus.Differs;
    }

    /// <summary>
    /// DiffPlex reads <c>"a\n"</c> as the lines <c>a</c> and a phantom empty line, which would show in every hunk at
    /// the end of a file; diff without the final newline. When only one of two non-empty texts ends with a newline,
    /// keep both as they are: the phantom line is then the visible difference.
    /// </summary>
    private static (string Before, string After) WithoutFinalNewline(string before, string after)
    {
        if (before.EndsWith('\n') != after.EndsWith('\n') && before.Length > 0 && after.Length > 0)
        {
            return (before, after);
        }

        return (before.EndsWith('\n') ? before[..^1] : before, after.EndsWith('\n') ? after[..^1] : after);
    }

    private void ReportWaiting(TemplateState template, ImmutableArray<DependencyKey> missing)
    {
        var now = _services.TimeProvider.GetUtcNow();
        template.WaitingSince ??= now;
        var waitedEnough = now - template.WaitingSince >= _options.MissingDataWarningAfter;
        if (template.WaitingReported || !(waitedEnough || _feed.IsStatic))
        {
            return;
        }

        template.WaitingReported = true;
        var described = string.Join(", ", missing.Select(key => _feed.ErrorOf(key) is { } error ? $"{key} ({error})" : key.ToString()));
        RunnerLog.WaitingForData(_logger, template.Options.Source, described);
    }

    private static string Describe(CheckResult result) => result switch
    {
        CheckResult.Failed failed => $"exit code {failed.ExitCode}: {failed.Output}",
        CheckResult.TimedOut timedOut => $"timed out after {timedOut.Timeout.TotalSeconds:0.#} s{(timedOut.Killed ? " (killed)" : "")}: {timedOut.Output}",
        _ => result.Output,
    };
}
