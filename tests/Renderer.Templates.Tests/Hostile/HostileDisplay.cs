using System.Globalization;
using System.Text;

namespace Renderer.Templates.Tests.Hostile;

/// <summary>
/// How Renderer shows an offending value in an error message (Renderer.Core's internal ValueDisplay): double-quoted,
/// with quotes, backslashes and every control or invisible character escaped. The fuzz tests look for a refused
/// value in this form, so a message that names the value escaped counts as naming it.
/// </summary>
internal static class HostileDisplay
{
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var index = 0; index < value.Length; index++)
        {
            if (char.IsSurrogatePair(value, index))
            {
                builder.Append(value, index, 2);
                index++;
                continue;
            }

            var character = value[index];
            builder.Append(character switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ when NeedsEscape(character) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)character:X4}"),
                _ => character.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static bool NeedsEscape(char character) =>
        char.IsControl(character) || char.IsSurrogate(character) ||
        char.GetUnicodeCategory(character) is UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
