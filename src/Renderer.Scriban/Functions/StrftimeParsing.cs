using System.Text;

namespace Renderer.Scriban.Functions;

internal static class StrftimeParsing
{
    /// <summary>
    /// The .NET custom format that parses what <paramref name="pattern"/> formats (<c>%Y--%m--%d</c>
    /// becomes <c>yyyy\-\-MM\-\-dd</c>). Codes that cannot be parsed back (week numbers, day of year…)
    /// stay literal text, so a text using them does not parse.
    /// </summary>
    public static string ToExactFormat(string pattern)
    {
        var builder = new StringBuilder(pattern.Length * 2);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '%' && i + 1 < pattern.Length)
            {
                var code = pattern[++i];
                if (code != 'g')
                {
                    builder.Append(ExactCode(code) ?? Literal("%" + code));
                }

                continue;
            }

            builder.Append(Literal(c.ToString()));
        }

        // A one-letter custom format would be read as a standard format ("d" = short date).
        return builder.Length == 1 ? "%" + builder : builder.ToString();
    }

    private static string? ExactCode(char code) => code switch
    {
        'a' => "ddd",
        'A' => "dddd",
        'b' or 'h' => "MMM",
        'B' => "MMMM",
        'c' => "ddd MMM dd HH:mm:ss yyyy",
        'd' => "dd",
        'D' => "MM/dd/yy",
        'e' => "d",
        'F' => "yyyy-MM-dd",
        'H' => "HH",
        'I' => "hh",
        'k' => "H",
        'l' => "h",
        'L' => "fff",
        'm' => "MM",
        'M' => "mm",
        'n' => Literal("\n"),
        'p' or 'P' => "tt",
        'r' => "hh:mm:ss tt",
        'R' => "HH:mm",
        'S' => "ss",
        't' => Literal("\t"),
        'T' or 'X' => "HH:mm:ss",
        'x' => "MM/dd/yyyy",
        'y' => "yy",
        'Y' => "yyyy",
        'Z' => "zzz",
        '%' => Literal("%"),
        _ => null,
    };

    private static string Literal(string text)
    {
        var builder = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            // Whitespace stays bare: escaped, it would not match under AllowWhiteSpaces.
            if (!char.IsWhiteSpace(c))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
