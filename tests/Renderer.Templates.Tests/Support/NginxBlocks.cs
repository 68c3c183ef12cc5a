namespace Renderer.Templates.Tests.Support;

/// <summary>Cuts top-level blocks out of a rendered nginx.conf, by their opening and closing lines.</summary>
internal static class NginxBlocks
{
    /// <summary>
    /// The lines from <c>NAME {</c> at column 0 to the next <c>}</c> at column 0, both included, each ending in
    /// <c>\n</c>. Nested braces are indented in every shipped template, so the first unindented brace closes the block.
    /// </summary>
    public static string TopLevel(string configuration, string name)
    {
        var lines = configuration.Split('\n');
        var start = Array.IndexOf(lines, name + " {");
        Assert.True(start >= 0, $"No line '{name} {{' in:\n{configuration}");
        var end = Array.IndexOf(lines, "}", start + 1);
        Assert.True(end > start, $"The '{name}' block is not closed by a '}}' line in:\n{configuration}");
        return string.Concat(lines[start..(end + 1)].Select(line => line + "\n"));
    }

    /// <summary>Indents every non-empty line by four spaces, as Scriban's auto-indent does under an included fragment.</summary>
    public static string Indent(string text) =>
        string.Join('\n', text.Split('\n').Select(line => line.Length == 0 ? line : "    " + line));
}
