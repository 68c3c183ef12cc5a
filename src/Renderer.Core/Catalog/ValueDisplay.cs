using System.Globalization;
using System.Text;

namespace Renderer.Core.Catalog;

/// <summary>
/// Shows an offending value inside an error message: double-quoted, with quotes, backslashes and every
/// control or invisible character escaped, so a message never carries a raw newline or terminal escape.
/// </summary>
internal static class ValueDisplay
{
    public static string Quote(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var index = 0; index < value.Length; index++)
        {
            if (char.IsSurrogatePair(value, index))
            {
                // A valid pair (an emoji, say) is shown as itself; only a lone surrogate is escaped.
                builder.Append(value, index, 2);
                index++;
                continue;
            }

            AppendEscaped(builder, value[index]);
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Names one character for a message, e.g. <c>U+000A (control)</c> or <c>';'</c>.</summary>
    public static string Character(char character) =>
        NeedsEscape(character)
            ? string.Create(CultureInfo.InvariantCulture, $"U+{(int)character:X4}")
            : $"'{character}' (U+{(int)character:X4})";

    private static void AppendEscaped(StringBuilder builder, char character)
    {
        switch (character)
        {
            case '"': builder.Append("\\\""); break;
            case '\\': builder.Append("\\\\"); break;
            case '\n': builder.Append("\\n"); break;
            case '\r': builder.Append("\\r"); break;
            case '\t': builder.Append("\\t"); break;
            case '\0': builder.Append("\\0"); break;
            default:
                if (NeedsEscape(character))
                {
                    builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)character:X4}");
                }
                else
                {
                    builder.Append(character);
                }

                break;
        }
    }

    private static bool NeedsEscape(char character) =>
        char.IsControl(character) || char.IsSurrogate(character) ||
        char.GetUnicodeCategory(character) is UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
