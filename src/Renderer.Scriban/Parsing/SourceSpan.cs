namespace Renderer.Scriban.Parsing;

/// <summary>A range of a named template; errors are reported at <see cref="Start"/>.</summary>
public readonly record struct SourceSpan(string SourceName, TextPosition Start, TextPosition End)
{
    /// <summary>A span pointing at nothing in particular, used for errors raised outside any template.</summary>
    public static SourceSpan None(string sourceName) => new(sourceName, TextPosition.Start, TextPosition.Start);

    /// <summary>Scriban's location prefix: <c>name(line,col)</c>.</summary>
    public override string ToString() => $"{SourceName}({Start.Line},{Start.Column})";
}
