using DiffPlex.Renderer;

namespace Renderer.TestKit;

/// <summary>Renders a unified diff between two texts, with line-ending differences made visible.</summary>
public static class SnapshotDiff
{
    /// <summary>Produces a unified diff; carriage returns appear as <c>\r</c> so CRLF-vs-LF mismatches show up.</summary>
    public static string Render(string expected, string actual, string expectedName = "verified", string actualName = "received")
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);

        // DiffPlex splits on any line break, so without this a CRLF/LF-only change would render an empty diff.
        var diff = UnidiffRenderer.GenerateUnidiff(
            MakeLineEndingsVisible(expected),
            MakeLineEndingsVisible(actual),
            expectedName,
            actualName,
            ignoreWhitespace: false,
            ignoreCase: false,
            contextLines: 3);

        var notes = new List<string>();
        if (expected.EndsWith('\n') != actual.EndsWith('\n'))
        {
            notes.Add(actual.EndsWith('\n')
                ? "note: the received text ends with a newline, the verified text does not"
                : "note: the verified text ends with a newline, the received text does not");
        }

        return notes.Count == 0 ? diff : diff + Environment.NewLine + string.Join(Environment.NewLine, notes);
    }

    private static string MakeLineEndingsVisible(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal);
}
