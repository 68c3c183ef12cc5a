using Renderer.Core.Running;

namespace Renderer.Cli.Configuration;

/// <summary>
/// What <see cref="RunnerOptionsBuilder.Build"/> made of the flags and the config file: validated options, or
/// every problem found (never both). Warnings are reported either way and do not stop the run.
/// </summary>
public sealed record BuildResult
{
    /// <summary>The merged, validated options; null when <see cref="Errors"/> is not empty.</summary>
    public RunnerOptions? Options { get; init; }

    /// <summary>Every problem found: the config file's own problems first, then each setting's, flags and file together.</summary>
    public IReadOnlyList<ConfigurationError> Errors { get; init; } = [];

    /// <summary>Problems that do not stop the run (e.g. a token file readable by other users).</summary>
    public IReadOnlyList<ConfigurationError> Warnings { get; init; } = [];

    public bool Succeeded => Options is not null;
}
