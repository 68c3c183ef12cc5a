using Renderer.Templates.Tests.Support;
using Renderer.TestKit;

namespace Renderer.Templates.Tests;

/// <summary>
/// Every template of <c>templates/</c> over every sample catalog, compared with its verified snapshot in
/// <c>Snapshots/</c>. Set RENDERER_ACCEPT_SNAPSHOTS=1 to write new ones, then read each before committing it.
/// </summary>
public sealed class TemplateSnapshotTests
{
    public static TheoryData<string, string> Cases => TemplateCase.Data();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Rendered_output_matches_its_verified_snapshot(string template, string catalog)
    {
        var templateCase = TemplateCase.Of(template, catalog);

        var output = await templateCase.RenderAsync();

        await Snapshot.VerifyAsync(output, templateCase.SnapshotPath);
    }

    [Fact]
    public void Every_template_file_is_rendered_by_the_tests()
    {
        var files = Directory.EnumerateFiles(RepositoryFiles.TemplatesDirectory, "*.scriban")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(ShippedTemplate.All.Select(template => template.FileName).Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void Every_verified_file_belongs_to_a_template_and_a_catalog()
    {
        var expected = TemplateCase.All().Select(templateCase => Path.GetFileName(templateCase.SnapshotPath)).Order(StringComparer.Ordinal);

        var present = Directory.EnumerateFiles(RepositoryFiles.SnapshotsDirectory, "*.verified.*")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, present);
    }

    [Fact]
    public void Every_sample_folder_with_a_catalog_has_its_variables()
    {
        var samples = SampleCatalog.All.Select(catalog => catalog.Sample).Distinct();

        Assert.All(samples, sample => Assert.NotEmpty(SampleVariables.For(sample)));
    }
}
