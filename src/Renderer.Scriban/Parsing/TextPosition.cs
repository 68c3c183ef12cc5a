namespace Renderer.Scriban.Parsing;

/// <summary>A position in a template: 0-based character offset, 1-based line and column.</summary>
public readonly record struct TextPosition(int Offset, int Line, int Column)
{
    /// <summary>The first character of a template.</summary>
    public static TextPosition Start => new(0, 1, 1);

    public override string ToString() => $"({Line},{Column})";
}
