namespace Renderer.Scriban.Tests.CaseFiles;

/// <summary>
/// One engine case: <c>Cases/&lt;area&gt;/NNN-name.scriban</c> with its expectation
/// (<c>.out.txt</c> exact, or <c>.out-like.txt</c> where each <c>…</c> stands for any text), and the
/// optional <c>.model.json</c>, <c>.settings.json</c>, <c>.includes/</c> folder and <c>.note.md</c>.
/// </summary>
public sealed record TemplateCase(
    string Id,
    string Name,
    string Template,
    ExpectedOutput Expected,
    string? ModelJson,
    CaseSettings Settings,
    IReadOnlyDictionary<string, string>? Includes,
    bool IsGuess)
{
    public const string TemplateExtension = ".scriban";
    public const string ExactExtension = ".out.txt";
    public const string PatternExtension = ".out-like.txt";

    /// <summary>Folder of the case files copied next to the test assembly.</summary>
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Cases");

    /// <summary>Every case id (<c>area/NNN-name</c>), in ordinal order.</summary>
    public static IEnumerable<string> AllIds() =>
        Directory.EnumerateFiles(Root, "*" + TemplateExtension, SearchOption.AllDirectories)
            .Where(path => !IsInsideIncludes(path))
            .Select(path => Path.GetRelativePath(Root, path)[..^TemplateExtension.Length].Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static TemplateCase Load(string id)
    {
        var basePath = Path.Combine(Root, id);
        var name = Path.GetFileName(basePath);
        var includesDirectory = basePath + ".includes";
        var notePath = basePath + ".note.md";
        return new TemplateCase(
            id,
            name,
            File.ReadAllText(basePath + TemplateExtension),
            LoadExpected(basePath),
            ReadIfExists(basePath + ".model.json"),
            ReadIfExists(basePath + ".settings.json") is { } settings
                ? CaseSettings.Parse(settings, name + ".settings.json")
                : CaseSettings.Default,
            Directory.Exists(includesDirectory) ? LoadIncludes(includesDirectory) : null,
            File.Exists(notePath) && NoteSaysGuess(File.ReadAllText(notePath)));
    }

    public override string ToString() => IsGuess ? Id + " (guess)" : Id;

    private static ExpectedOutput LoadExpected(string basePath)
    {
        var exact = ReadIfExists(basePath + ExactExtension);
        var pattern = ReadIfExists(basePath + PatternExtension);
        return (exact, pattern) switch
        {
            ({ } text, null) => new ExpectedOutput(text, IsPattern: false),
            (null, { } text) => new ExpectedOutput(text, IsPattern: true),
            _ => throw new InvalidDataException(
                $"{basePath}: a case needs exactly one of {ExactExtension} and {PatternExtension}."),
        };
    }

    private static Dictionary<string, string> LoadIncludes(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(
                path => Path.GetRelativePath(directory, path).Replace('\\', '/'),
                File.ReadAllText,
                StringComparer.Ordinal);

    private static bool NoteSaysGuess(string note) =>
        note.TrimStart().StartsWith("guess:", StringComparison.OrdinalIgnoreCase);

    private static bool IsInsideIncludes(string path) =>
        Path.GetRelativePath(Root, path).Split('/', '\\').Any(part => part.EndsWith(".includes", StringComparison.Ordinal));

    private static string? ReadIfExists(string path) => File.Exists(path) ? File.ReadAllText(path) : null;
}
