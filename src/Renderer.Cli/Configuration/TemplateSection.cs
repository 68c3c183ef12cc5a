using Renderer.Cli.Options;

namespace Renderer.Cli.Configuration;

/// <summary>One entry of the config file's <c>templates []</c>.</summary>
/// <param name="Source"><c>source</c>, absolute.</param>
/// <param name="Destination"><c>destination</c>, absolute.</param>
public sealed record TemplateSection(Located<string> Source, Located<string> Destination)
{
    /// <value><c>command</c>: run through <c>sh -c</c> after the destination changed.</value>
    public string? Command { get; init; }

    /// <value><c>check</c>: validation command run with the new file in place (e.g. <c>nginx -t</c>).</value>
    public string? CheckCommand { get; init; }

    /// <value><c>command_timeout</c>.</value>
    public TimeSpan? CommandTimeout { get; init; }

    /// <value><c>perms</c>: an octal string such as <c>"0644"</c>.</value>
    public UnixFileMode? Permissions { get; init; }

    /// <value><c>backup</c>.</value>
    public bool? Backup { get; init; }

    /// <value><c>wait</c>: this template's quiescence.</value>
    public WaitSpec? Wait { get; init; }
}
