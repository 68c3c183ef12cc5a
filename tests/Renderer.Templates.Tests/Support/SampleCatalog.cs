namespace Renderer.Templates.Tests.Support;

/// <summary>A catalog file of a sample, <c>samples/SAMPLE/catalog[-VARIANT].json</c>.</summary>
internal sealed record SampleCatalog(string Sample, string FileName)
{
    private const string Prefix = "catalog";
    private const string Extension = ".json";

    /// <summary>Every <c>samples/*/catalog*.json</c>, sorted by <see cref="Id"/>.</summary>
    public static IReadOnlyList<SampleCatalog> All { get; } = Discover();

    /// <summary>
    /// The catalog's name in snapshot file names: the sample folder, plus the variant for
    /// <c>catalog-VARIANT.json</c> (<c>passing-only</c>, <c>passing-only.all-down</c>).
    /// </summary>
    public string Id => FileName == Prefix + Extension
        ? Sample
        : Sample + "." + FileName[(Prefix.Length + 1)..^Extension.Length];

    public string FullPath => RepositoryFiles.PathOf(Path.Combine("samples", Sample, FileName));

    /// <summary>The <c>-var</c> values the sample's scenario needs (<see cref="SampleVariables"/>).</summary>
    public IReadOnlyDictionary<string, string> Variables => SampleVariables.For(Sample);

    public static SampleCatalog WithId(string id) =>
        All.SingleOrDefault(catalog => catalog.Id == id)
        ?? throw new ArgumentException($"No sample catalog has the id '{id}'.", nameof(id));

    public override string ToString() => Id;

    private static SampleCatalog[] Discover() =>
        Directory.EnumerateFiles(RepositoryFiles.SamplesDirectory, Prefix + "*" + Extension, SearchOption.AllDirectories)
            .Select(path => new SampleCatalog(Path.GetFileName(Path.GetDirectoryName(path)!), Path.GetFileName(path)))
            .OrderBy(catalog => catalog.Id, StringComparer.Ordinal)
            .ToArray();
}
