using System.Globalization;
using System.Text;

namespace Renderer.Scriban.Tests.CaseFiles;

/// <summary>
/// Renders an expected/actual pair so that whitespace can be seen: one output line per text line,
/// <c>·</c> for a space, <c>→</c> for a tab, <c>\r</c> and <c>\n</c> spelled out, other control
/// characters as <c>\xNN</c>; for exact expectations it also points at the first difference.
/// </summary>
public static class VisibleDiff
{
    public static string Describe(ExpectedOutput expected, string actual)
    {
        var builder = new StringBuilder();
        builder.AppendLine(expected.IsPattern ? "expected (… matches any text):" : "expected:");
        AppendVisible(builder, expected.Text);
        builder.AppendLine("actual:");
        AppendVisible(builder, actual);
        if (!expected.IsPattern)
        {
            builder.AppendLine(FirstDifference(expected.Text, actual));
        }

        return builder.ToString();
    }

    public static string Visible(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                ' ' => "·",
                '\t' => "→",
                '\r' => @"\r",
                '\n' => @"\n",
                _ when char.IsControl(c) => @"\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static void AppendVisible(StringBuilder builder, string text)
    {
        if (text.Length == 0)
        {
            builder.AppendLine("  | (empty)");
            return;
        }

        foreach (var line in text.Split('\n'))
        {
            builder.Append("  |").AppendLine(Visible(line));
        }

        builder.AppendLine(text.EndsWith('\n') ? "  (ends with \\n)" : "  (no final \\n)");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var index = 0;
        while (index < expected.Length && index < actual.Length && expected[index] == actual[index])
        {
            index++;
        }

        var line = 1 + expected.AsSpan(0, index).Count('\n');
        var column = index - (expected.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        string At(string text) => index < text.Length ? Visible(text[index].ToString()) : "(end)";
        return $"first difference at index {index} (line {line}, column {column}): expected {At(expected)}, actual {At(actual)}";
    }
}
