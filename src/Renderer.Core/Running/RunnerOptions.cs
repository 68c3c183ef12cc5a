using Microsoft.Extensions.Logging;
using Renderer.Core.Watching;

namespace Renderer.Core.Running;

/// <summary>Everything <c>renderer render</c> needs, validated: flags and config file merged.</summary>
public sealed record RunnerOptions
{
    public required IReadOnlyList<TemplateOptions> Templates { get; init; }

    /// <summary>Render every template once, run the commands, and exit.</summary>
    /// <value>false (watch and re-render on every change).</value>
    public bool Once { get; init; }

    /// <summary>Print what would be written instead of writing; run no command.</summary>
    /// <value>false.</value>
    public bool DryRun { get; init; }

    /// <summary>With <see cref="Once"/>: print a unified diff of each template's output against the file on disk
    /// instead of writing; the run fails when any differs (CI snapshot check).</summary>
    /// <value>false.</value>
    public bool Diff { get; init; }

    /// <summary>The config file the options came from, re-read on SIGHUP. Default: none.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>Global quiescence. Default: none.</summary>
    public QuiescenceOptions Wait { get; init; } = QuiescenceOptions.None;

    /// <summary>The <c>vars</c> object templates see (<c>-var name=value</c>).</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Render from this catalog file instead of Consul (offline, CI). Default: none (use Consul).</summary>
    public string? CatalogFile { get; init; }

    /// <summary>Iterations allowed per outermost template loop (Scriban's cumulative rule).</summary>
    /// <value>1 000 000.</value>
    public int LoopLimit { get; init; } = 1_000_000;

    /// <summary>With <see cref="Once"/>: how long to wait for data a template needs before failing.</summary>
    /// <value>60 seconds.</value>
    public TimeSpan MissingDataTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>After this long without data, say which service or key a template is waiting for.</summary>
    /// <value>5 seconds.</value>
    public TimeSpan MissingDataWarningAfter { get; init; } = TimeSpan.FromSeconds(5);

    public ConsulConnectionSettings Consul { get; init; } = new();

    /// <summary>How the watcher asks Consul; its connection budget is always <see cref="ConsulConnectionSettings.MaxConnections"/>.</summary>
    /// <value>The defaults of <see cref="WatcherOptions"/>.</value>
    public WatcherOptions Watcher { get; init; } = new();

    /// <value>Information.</value>
    public LogLevel LogLevel { get; init; } = LogLevel.Information;
}
