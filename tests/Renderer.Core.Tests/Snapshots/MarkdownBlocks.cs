namespace Renderer.Core.Tests.Snapshots;

/// <summary>The fenced code blocks of a Markdown text, so documentation examples can be run as tests.</summary>
internal static class MarkdownBlocks
{
    public static IReadOnlyList<string> Fenced(string markdown, string language)
    {
        var blocks = new List<string>();
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            if (lines[index] != "```" + language)
            {
                continue;
            }

            var end = Array.IndexOf(lines, "```", index + 1);
            blocks.Add(string.Join("\n", lines[(index + 1)..end]) + "\n");
            index = end;
        }

        return blocks;
    }
}
