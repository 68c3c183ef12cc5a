namespace Renderer.Cli.Configuration;

/// <summary>
/// Where a configuration value came from: a position (and JSON path) in the config file, or a command-line
/// flag spelled as the user typed it.
/// </summary>
public sealed record ConfigurationSource
{
    private ConfigurationSource(string? filePath, int line, int column, string? jsonPath, string? flag)
    {
        FilePath = filePath;
        Line = line;
        Column = column;
        JsonPath = jsonPath;
        Flag = flag;
    }

    /// <summary>The config file; null for a flag.</summary>
    public string? FilePath { get; }

    /// <summary>1-based line in <see cref="FilePath"/>; 0 for a flag.</summary>
    public int Line { get; }

    /// <summary>1-based column (in characters) in <see cref="FilePath"/>; 0 for a flag.</summary>
    public int Column { get; }

    /// <summary>The value's JSON path in the file, e.g. <c>$.templates[0].perms</c>; null for a flag.</summary>
    public string? JsonPath { get; }

    /// <summary>The flag as typed, e.g. <c>-template</c>; null for a file position.</summary>
    public string? Flag { get; }

    public static ConfigurationSource InFile(string filePath, int line, int column, string? jsonPath = null) =>
        new(filePath, line, column, jsonPath, null);

    public static ConfigurationSource FromFlag(string flag) => new(null, 0, 0, null, flag);

    /// <summary><c>file(line,col)</c> or the flag.</summary>
    public override string ToString() => Flag ?? $"{FilePath}({Line},{Column})";
}
