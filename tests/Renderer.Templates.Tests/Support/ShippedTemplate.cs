namespace Renderer.Templates.Tests.Support;

/// <summary>A template of <c>templates/</c> and the kind of file it renders.</summary>
/// <param name="FileName">The file name in <c>templates/</c>, e.g. <c>nginx-http.scriban</c>.</param>
internal sealed record ShippedTemplate(string FileName, TemplateOutputKind Kind)
{
    private const string Extension = ".scriban";

    /// <summary>
    /// Every shipped template. A new file in <c>templates/</c> must be added here, with its kind, before the tests pass
    /// (<see cref="TemplateSnapshotTests.EveryTemplateFileIsRenderedByTheTests"/>).
    /// </summary>
    public static IReadOnlyList<ShippedTemplate> All { get; } =
    [
        new("dependencies.json.scriban", TemplateOutputKind.Json),
        new("nginx-http.scriban", TemplateOutputKind.HttpContext),
        new("nginx-stream.scriban", TemplateOutputKind.StreamContext),
        new("nginx-vhost.scriban", TemplateOutputKind.HttpContext),
        new("nginx.conf.scriban", TemplateOutputKind.MainConfiguration),
    ];

    /// <summary>The file name without <c>.scriban</c>: the first part of snapshot names.</summary>
    public string Name => FileName[..^Extension.Length];

    public string FullPath => RepositoryFiles.PathOf(Path.Combine("templates", FileName));

    /// <summary>The snapshot file extension: <c>json</c> for JSON, <c>conf</c> for nginx.</summary>
    public string SnapshotExtension => Kind == TemplateOutputKind.Json ? "json" : "conf";

    public static ShippedTemplate Named(string fileName) =>
        All.SingleOrDefault(template => template.FileName == fileName)
        ?? throw new ArgumentException($"'{fileName}' is not in ShippedTemplate.All.", nameof(fileName));

    public override string ToString() => FileName;
}
