using System.Runtime.CompilerServices;

namespace Renderer.Core.Tests.Templating;

/// <summary>
/// docs/templates.md read as tests: its example catalog (the <c>json example-catalog</c> block) and its examples (each
/// <c>scriban</c> block with the <c>text</c> block that follows it).
/// </summary>
internal static class TemplatesDoc
{
    public const string RelativePath = "docs/templates.md";

    private static readonly Lazy<string> Markdown = new(() => File.ReadAllText(Path.Combine(FindRoot(), RelativePath)));

    public static string Text => Markdown.Value;

    public static IReadOnlyList<DocBlock> Blocks => Parse(Text);

    public static string ExampleCatalog => Blocks.Single(block => block.Info == "json example-catalog").Text;

    /// <summary>Each example's template and documented output, by the line of its template block.</summary>
    public static IReadOnlyDictionary<int, (string Template, string Output)> Examples
    {
        get
        {
            var blocks = Blocks;
            var examples = new Dictionary<int, (string, string)>();
            for (var index = 0; index < blocks.Count; index++)
            {
                if (blocks[index].Language != "scriban")
                {
                    continue;
                }

                var output = index + 1 < blocks.Count && blocks[index + 1].Info == "text" ? blocks[index + 1]
                    : throw new InvalidOperationException($"{RelativePath}({blocks[index].Line}): a scriban example must be followed by a ```text block with its output.");
                examples.Add(blocks[index].Line, (blocks[index].Text, output.Text));
            }

            return examples;
        }
    }

    public static IReadOnlyList<DocBlock> Parse(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<DocBlock>();
        for (var index = 0; index < lines.Length; index++)
        {
            if (!lines[index].StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var end = Array.IndexOf(lines, "```", index + 1);
            if (end < 0)
            {
                throw new InvalidOperationException($"{RelativePath}({index + 1}): the fenced block is never closed.");
            }

            blocks.Add(new DocBlock(lines[index][3..].Trim(), string.Concat(lines[(index + 1)..end].Select(line => line + "\n")), index + 1));
            index = end;
        }

        return blocks;
    }

    // The build output may live anywhere (--artifacts-path): start from this source file and walk up to the solution.
    private static string FindRoot([CallerFilePath] string sourcePath = "")
    {
        for (var directory = Path.GetDirectoryName(sourcePath); !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "Renderer.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException($"Cannot find Renderer.sln above '{sourcePath}'.");
    }
}
