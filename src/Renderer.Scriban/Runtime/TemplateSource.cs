namespace Renderer.Scriban.Runtime;

/// <summary>A template's name and text, kept to quote expressions in runtime error messages.</summary>
internal sealed record TemplateSource(string Name, string Text)
{
    public string Slice(Parsing.SourceSpan span)
    {
        var start = Math.Clamp(span.Start.Offset, 0, Text.Length);
        var end = Math.Clamp(span.End.Offset, start, Text.Length);
        return Text[start..end];
    }
}
