namespace Renderer.Core.Tests.Templating;

/// <summary>One fenced code block of a Markdown file.</summary>
/// <param name="Info">The info string after the opening fence, e.g. <c>scriban</c> or <c>json example-catalog</c>.</param>
/// <param name="Text">The lines inside the fence, each ending with <c>\n</c>.</param>
/// <param name="Line">The 1-based line of the opening fence.</param>
internal sealed record DocBlock(string Info, string Text, int Line)
{
    public string Language => Info.Split(' ', 2)[0];
}
