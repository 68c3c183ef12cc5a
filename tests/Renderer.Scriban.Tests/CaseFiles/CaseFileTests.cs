namespace Renderer.Scriban.Tests.CaseFiles;

/// <summary>
/// The engine's file-driven suite (STYLE principle 12): every <c>Cases/**/NNN-name.scriban</c> is
/// rendered and compared ordinally with its expected output; an error case's expected output is the
/// error text. A case whose note starts with <c>guess:</c> is marked "(guess)" in its name: its
/// expectation is not a rule stated by the spec.
/// </summary>
public sealed class CaseFileTests
{
    public static TheoryData<CaseId> Cases()
    {
        var data = new TheoryData<CaseId>();
        foreach (var id in TemplateCase.AllIds())
        {
            data.Add(new CaseId(TemplateCase.Load(id)));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_file_renders_its_expected_output(CaseId caseFile)
    {
        var testCase = TemplateCase.Load(caseFile.Path);

        var actual = CaseRunner.Run(testCase);

        if (!testCase.Expected.Matches(actual))
        {
            Assert.Fail($"{testCase}: output differs\n{VisibleDiff.Describe(testCase.Expected, actual)}");
        }
    }

    [Fact]
    public void Every_file_in_the_case_folders_belongs_to_a_case()
    {
        string[] suffixes =
        [
            TemplateCase.TemplateExtension, TemplateCase.ExactExtension, TemplateCase.PatternExtension,
            ".model.json", ".settings.json", ".note.md",
        ];
        var ids = TemplateCase.AllIds().ToHashSet(StringComparer.Ordinal);

        var orphans = Directory.EnumerateFiles(TemplateCase.Root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(TemplateCase.Root, path).Replace('\\', '/'))
            .Where(path => !path.EndsWith(".gitattributes", StringComparison.Ordinal))
            .Where(path => !BelongsToCase(path, suffixes, ids))
            .ToList();

        Assert.Empty(orphans);
    }

    private static bool BelongsToCase(string path, string[] suffixes, HashSet<string> ids)
    {
        var includes = path.IndexOf(".includes/", StringComparison.Ordinal);
        if (includes >= 0)
        {
            return ids.Contains(path[..includes]);
        }

        return suffixes.Any(suffix => path.EndsWith(suffix, StringComparison.Ordinal) && ids.Contains(path[..^suffix.Length]));
    }
}
