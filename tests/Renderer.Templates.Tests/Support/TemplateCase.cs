namespace Renderer.Templates.Tests.Support;

/// <summary>One shipped template rendered over one sample catalog: the unit of the snapshot matrix.</summary>
internal sealed record TemplateCase(ShippedTemplate Template, SampleCatalog Catalog)
{
    /// <summary>
    /// The file a whole nginx.conf includes at the top of <c>http {}</c> (its <c>http_include</c>): a relative path,
    /// which nginx resolves against the directory of the main configuration, so the snapshot holds no temp path.
    /// </summary>
    public const string HttpDefaultsFileName = "http-defaults.conf";

    /// <summary>The sample's variables, plus, for a whole nginx.conf, those that let it run in the nginx sandbox.</summary>
    public IReadOnlyDictionary<string, string> Variables
    {
        get
        {
            var variables = new Dictionary<string, string>(Catalog.Variables, StringComparer.Ordinal);
            if (Template.Kind == TemplateOutputKind.MainConfiguration)
            {
                // The sandbox loads the stream module itself, and keeps temp files and logs inside its prefix.
                variables["modules_include"] = "";
                variables["http_include"] = HttpDefaultsFileName;
            }

            return variables;
        }
    }

    /// <summary>Snapshots/&lt;template&gt;.&lt;catalog&gt;.verified.conf (or .json).</summary>
    public string SnapshotPath =>
        Path.Combine(RepositoryFiles.SnapshotsDirectory, $"{Template.Name}.{Catalog.Id}.verified.{Template.SnapshotExtension}");

    public static TemplateCase Of(string templateFileName, string catalogId) =>
        new(ShippedTemplate.Named(templateFileName), SampleCatalog.WithId(catalogId));

    /// <summary>Every template × every sample catalog, optionally only the templates of some kinds.</summary>
    public static IEnumerable<TemplateCase> All(params TemplateOutputKind[] kinds) =>
        from template in ShippedTemplate.All
        where kinds.Length == 0 || kinds.Contains(template.Kind)
        from catalog in SampleCatalog.All
        select new TemplateCase(template, catalog);

    /// <summary><see cref="All"/> as xunit theory data: (template file name, catalog id).</summary>
    public static TheoryData<string, string> Data(params TemplateOutputKind[] kinds)
    {
        var data = new TheoryData<string, string>();
        foreach (var templateCase in All(kinds))
        {
            data.Add(templateCase.Template.FileName, templateCase.Catalog.Id);
        }

        return data;
    }

    public Task<string> RenderAsync() => TemplateRendering.RenderFileAsync(Template.FullPath, Catalog.FullPath, Variables);
}
