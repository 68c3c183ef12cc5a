namespace Renderer.Cli.Configuration.Json;

/// <summary>A 1-based line and column (in characters, not bytes) in the config file.</summary>
public readonly record struct TextPosition(int Line, int Column)
{
    public override string ToString() => $"({Line},{Column})";
}
