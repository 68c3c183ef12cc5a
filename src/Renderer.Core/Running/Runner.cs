using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Renderer.Core.Dependencies;
using Renderer.Core.Rendering;
using Renderer.Core.Templating;
using Renderer.Core.Watching;

namespace Renderer.Core.Running;

/// <summary>
/// The render loop: render every template, write what changed, check it, reload once per batch; then wait for
/// the data a template read to change (under its quiescence) and go again. With <see cref="RunnerOptions.Once"/>
/// it stops as soon as every template rendered with complete data, or the missing-data timeout passed.
/// </summary>
public sealed partial class Runner
{
    private RunnerOptions _options;
    private readonly IDependencyFeed _feed;
    private readonly RunnerServices _services;
    private readonly ILogger _logger;
    private TemplateRenderer _renderer;
    private readonly List<TemplateState> _templates;
    private readonly SemaphoreSlim _reloadRequested = new(0, 1);
    private RunnerOptions? _pendingOptions;

    private Runner(RunnerOptions options, IDependencyFeed feed, RunnerServices services, List<TemplateState> templates)
    {
        _options = options;
        _feed = feed;
        _services = services;
        _templates = templates;
        _logger = services.LoggerFactory.CreateLogger<Runner>();
        _renderer = new TemplateRenderer(new RenderEnvironment { Variables = options.Variables }, options.LoopLimit);
    }

    /// <summary>Parses every template first: all problems of all templates are reported at once, before anything renders.</summary>
    /// <exception cref="TemplateCompileException">One or more templates cannot be used; the message lists every problem.</exception>
    public static async Task<Runner> CreateAsync(
        RunnerOptions options, IDependencyFeed feed, RunnerServices services, CancellationToken cancellationToken)
    {
        var compiled = await CompileAllAsync(options.Templates, cancellationToken).ConfigureAwait(false);
        var states = options.Templates
            .Select((template, index) => new TemplateState(template, compiled[index], template.Wait ?? options.Wait))
            .ToList();
        return new Runner(options, feed, services, states);
    }

    /// <summary>Asks a watching runner to re-read its templates from disk (SIGHUP) at the next opportunity.</summary>
    public void RequestTemplateReload()
    {
        if (_reloadRequested.CurrentCount == 0)
        {
            _reloadRequested.Release();
        }
    }

    /// <summary>
    /// SIGHUP with a configuration file: at the next opportunity, switch to <paramref name="options"/>' templates,
    /// variables, waits and loop limit (all templates re-read and rendered). How the runner gets its data (Consul
    /// settings, catalog file) and its mode (once, dry, diff) need a restart and are kept.
    /// </summary>
    public void RequestReload(RunnerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Interlocked.Exchange(ref _pendingOptions, options);
        RequestTemplateReload();
    }

    /// <summary>Runs until done (<see cref="RunnerOptions.Once"/>) or until <paramref name="cancellationToken"/> asks to stop.</summary>
    public async Task<RunOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var commandFailed = false;
        foreach (var template in _templates)
        {
            template.Timer.OnChange(_services.TimeProvider.GetUtcNow());
        }

        var deadline = _services.TimeProvider.GetUtcNow() + _options.MissingDataTimeout;
        while (true)
        {
            commandFailed |= !await RenderDueAsync().ConfigureAwait(false);
            // Data that never changes is worth no wait, but a template still inside its quiescence has not rendered yet.
            if (_options.Once && (IsSettled() || (_feed.IsStatic && !AnyPending()) || _services.TimeProvider.GetUtcNow() >= deadline))
            {
                break;
            }

            try
            {
                await WaitForWorkAsync(_options.Once ? deadline : null, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        return new RunOutcome([.. _templates.Select(template => template.Report)], commandFailed);
    }

    private bool IsSettled() => _templates.All(template => template.Report.Status != TemplateStatus.WaitingForData);

    private bool AnyPending() => _templates.Any(template => template.Timer.IsPending);

    /// <summary>Waits for changed data, a quiescence deadline, a reload request, or <paramref name="until"/>.</summary>
    private async Task WaitForWorkAsync(DateTimeOffset? until, CancellationToken cancellationToken)
    {
        var time = _services.TimeProvider;
        var dueAt = _templates.Select(template => template.Timer.DueAt).Append(NextWaitingWarningAt()).Where(due => due is not null).Min() ?? until;
        if (until is { } limit && dueAt > limit)
        {
            dueAt = limit;
        }

        using var wake = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var changes = _feed.WaitForChangesAsync(wake.Token);
        var reload = _reloadRequested.WaitAsync(wake.Token);
        var timer = dueAt is { } due ? Task.Delay(Max(due - time.GetUtcNow(), TimeSpan.Zero), time, wake.Token) : Task.Delay(Timeout.Infinite, wake.Token);
        await Task.WhenAny(changes, reload, timer).ConfigureAwait(false);
        await wake.CancelAsync().ConfigureAwait(false);
        // Wait for the others to settle: one may have completed too (a change read from the feed, the reload
        // semaphore taken) before the cancellation reached it, and dropping it would lose that change or request.
        await Task.WhenAll(changes, reload, timer).ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();

        if (changes.IsCompletedSuccessfully)
        {
            MarkPending(changes.Result);
        }

        if (reload.IsCompletedSuccessfully)
        {
            await ReloadTemplatesAsync(cancellationToken).ConfigureAwait(false);
        }

        ReportLongWaits();
    }

    /// <summary>When the next template that still waits for data has waited long enough to say so.</summary>
    private DateTimeOffset? NextWaitingWarningAt() => _templates
        .Where(template => template.Report.Status == TemplateStatus.WaitingForData && !template.WaitingReported)
        .Select(template => template.WaitingSince + _options.MissingDataWarningAfter)
        .Where(due => due is not null)
        .Min();

    /// <summary>Says what each template waits for once it has waited long enough, even when nothing changes meanwhile.</summary>
    private void ReportLongWaits()
    {
        foreach (var template in _templates.Where(template => template.Report.Status == TemplateStatus.WaitingForData && template.WaitingSince is not null))
        {
            ReportWaiting(template, template.Report.Missing);
        }
    }

    private void MarkPending(IReadOnlyList<DependencyKey> changed)
    {
        var now = _services.TimeProvider.GetUtcNow();
        foreach (var template in _templates)
        {
            if (template.Report.Status == TemplateStatus.WaitingForData || changed.Any(template.Used.Contains))
            {
                template.Timer.OnChange(now);
            }
        }
    }

    private async Task ReloadTemplatesAsync(CancellationToken cancellationToken)
    {
        RunnerLog.Reloading(_logger);
        var next = Interlocked.Exchange(ref _pendingOptions, null);
        try
        {
            var templates = next?.Templates ?? [.. _templates.Select(template => template.Options)];
            var compiled = await CompileAllAsync(templates, cancellationToken).ConfigureAwait(false);
            if (next is not null)
            {
                ApplyOptions(next, compiled);
                return;
            }

            var now = _services.TimeProvider.GetUtcNow();
            for (var i = 0; i < _templates.Count; i++)
            {
                _templates[i].Compiled = compiled[i];
                _templates[i].Timer.OnChange(now);
            }
        }
        catch (TemplateCompileException e)
        {
            RunnerLog.ReloadingFailed(_logger, e.Message);
        }
    }

    private void ApplyOptions(RunnerOptions next, IReadOnlyList<CompiledTemplate> compiled)
    {
        if (next.Consul != _options.Consul || next.CatalogFile != _options.CatalogFile)
        {
            RunnerLog.RestartNeeded(_logger);
        }

        _options = next with
        {
            Consul = _options.Consul,
            CatalogFile = _options.CatalogFile,
            Once = _options.Once,
            DryRun = _options.DryRun,
            Diff = _options.Diff,
        };
        _renderer = new TemplateRenderer(new RenderEnvironment { Variables = _options.Variables }, _options.LoopLimit);
        var now = _services.TimeProvider.GetUtcNow();
        _templates.Clear();
        for (var i = 0; i < compiled.Count; i++)
        {
            var template = _options.Templates[i];
            var state = new TemplateState(template, compiled[i], template.Wait ?? _options.Wait);
            state.Timer.OnChange(now);
            _templates.Add(state);
        }
    }

    private static async Task<IReadOnlyList<CompiledTemplate>> CompileAllAsync(IReadOnlyList<TemplateOptions> templates, CancellationToken cancellationToken)
    {
        var compiled = new List<CompiledTemplate>(templates.Count);
        var errors = new List<string>();
        foreach (var template in templates)
        {
            try
            {
                compiled.Add(await CompiledTemplate.LoadAsync(template.Source, cancellationToken).ConfigureAwait(false));
            }
            catch (TemplateCompileException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        return errors.Count == 0 ? compiled
            : throw new TemplateCompileException(templates.Count == 1 ? templates[0].Source : "templates", errors);
    }

    private static TimeSpan Max(TimeSpan left, TimeSpan right) => left > right ? left : right;

    private ImmutableArray<DependencyKey> AllUsed() =>
        [.. _templates.SelectMany(template => template.Used).Distinct()];
}
