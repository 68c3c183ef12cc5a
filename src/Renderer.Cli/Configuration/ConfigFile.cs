using Microsoft.Extensions.Logging;
using Renderer.Cli.Options;

namespace Renderer.Cli.Configuration;

/// <summary>
/// The JSON config file as read: every value typed, its syntax checked, relative paths resolved against the
/// file's directory, each with its position. Null means "not in the file". Checks that need the flags or the
/// machine (files exist, --diff needs --once …) are <see cref="RunnerOptionsBuilder"/>'s.
/// </summary>
/// <param name="Path">Absolute path of the file.</param>
public sealed record ConfigFile(string Path)
{
    /// <value><c>consul {}</c>.</value>
    public ConsulSection Consul { get; init; } = new();

    /// <value><c>wait</c>: <c>"MIN[:MAX]"</c> or <c>{"min": …, "max": …}</c>.</value>
    public Located<WaitSpec>? Wait { get; init; }

    /// <value><c>log_level</c>.</value>
    public Located<LogLevel>? LogLevel { get; init; }

    /// <value><c>vars {}</c>, in file order.</value>
    public IReadOnlyList<Located<VariableSpec>> Variables { get; init; } = [];

    /// <value><c>loop_limit</c>.</value>
    public Located<int>? LoopLimit { get; init; }

    /// <value><c>catalog</c>, absolute.</value>
    public Located<string>? Catalog { get; init; }

    /// <value><c>once</c>.</value>
    public Located<bool>? Once { get; init; }

    /// <value><c>dry</c>.</value>
    public Located<bool>? Dry { get; init; }

    /// <value><c>diff</c>.</value>
    public Located<bool>? Diff { get; init; }

    /// <value><c>templates []</c>, in file order; entries without source or destination are left out (and reported).</value>
    public IReadOnlyList<TemplateSection> Templates { get; init; } = [];
}
