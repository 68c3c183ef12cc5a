namespace Renderer.Core.Running;

/// <summary>One template to keep rendered: where it comes from, where it goes, and what runs after.</summary>
/// <param name="Source">Absolute path of the template file.</param>
/// <param name="Destination">Absolute path of the output file.</param>
public sealed record TemplateOptions(string Source, string Destination)
{
    /// <summary>Command run through <c>sh -c</c> after the file changed (e.g. <c>nginx -s reload</c>). Default: none.</summary>
    public string? Command { get; init; }

    /// <summary>Validation command run with the new file in place (e.g. <c>nginx -t</c>); on failure the previous file is restored. Default: none.</summary>
    public string? CheckCommand { get; init; }

    /// <summary>Time allowed to the check and reload commands before they are interrupted, then killed.</summary>
    /// <value>30 seconds.</value>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Mode of the output file. Default: keep the existing file's mode (0644 for a new file).</summary>
    public UnixFileMode? Permissions { get; init; }

    /// <summary>Keep the previous output as <c>DESTINATION.bak</c>.</summary>
    /// <value>false.</value>
    public bool Backup { get; init; }

    /// <summary>Quiescence for this template; overrides <see cref="RunnerOptions.Wait"/>. Default: the global one.</summary>
    public QuiescenceOptions? Wait { get; init; }
}
