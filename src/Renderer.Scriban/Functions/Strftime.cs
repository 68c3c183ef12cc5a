using System.Globalization;
using System.Text;

namespace Renderer.Scriban.Functions;

/// <summary>
/// Scriban's strftime-like date patterns (<c>%Y-%m-%d</c>): formatting a date, and turning a
/// pattern into a .NET exact-parse format for <c>date.parse</c>. An unknown code is written as is
/// (<c>%q</c> stays <c>%q</c>); <c>%g</c> switches the rest of the pattern to the invariant culture.
/// </summary>
internal static class Strftime
{
    public static string Format(DateTime date, string pattern, CultureInfo culture)
    {
        var builder = new StringBuilder(pattern.Length * 2);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c != '%' || i + 1 == pattern.Length)
            {
                builder.Append(c);
                continue;
            }

            var code = pattern[++i];
            if (code == 'g')
            {
                culture = CultureInfo.InvariantCulture;
                continue;
            }

            var text = FormatCode(date, code, culture);
            if (text is null)
            {
                builder.Append('%').Append(code);
            }
            else
            {
                builder.Append(text);
            }
        }

        return builder.ToString();
    }

    private static string? FormatCode(DateTime date, char code, CultureInfo culture) => code switch
    {
        'a' => date.ToString("ddd", culture),
        'A' => date.ToString("dddd", culture),
        'b' or 'h' => date.ToString("MMM", culture),
        'B' => date.ToString("MMMM", culture),
        'c' => date.ToString("ddd MMM dd HH:mm:ss yyyy", culture),
        'C' => (date.Year / 100).ToString("D2", culture),
        'd' => date.ToString("dd", culture),
        'D' => date.ToString("MM/dd/yy", culture),
        'e' => date.Day.ToString(culture).PadLeft(2),
        'F' => date.ToString("yyyy-MM-dd", culture),
        'H' => date.ToString("HH", culture),
        'I' => date.ToString("hh", culture),
        'j' => date.DayOfYear.ToString("D3", culture),
        'k' => date.Hour.ToString(culture).PadLeft(2),
        'l' => (date.Hour % 12 == 0 ? 12 : date.Hour % 12).ToString(culture).PadLeft(2),
        'L' => date.ToString("fff", culture),
        'm' => date.ToString("MM", culture),
        'M' => date.ToString("mm", culture),
        'n' => "\n",
        'N' => (date.Ticks % TimeSpan.TicksPerSecond * 100).ToString("D9", culture),
        'p' => date.ToString("tt", culture),
        'P' => date.ToString("tt", culture).ToLowerInvariant(),
        'r' => date.ToString("hh:mm:ss tt", culture),
        'R' => date.ToString("HH:mm", culture),
        's' => ((long)(date.ToUniversalTime() - DateTime.UnixEpoch).TotalSeconds).ToString(culture),
        'S' => date.ToString("ss", culture),
        't' => "\t",
        'T' => date.ToString("HH:mm:ss", culture),
        'u' => (date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek).ToString(culture),
        'U' => WeekOfYear(date, DayOfWeek.Sunday, culture),
        'v' => string.Create(CultureInfo.InvariantCulture, $"{date.Day,2}-{date:MMM}-{date.Year:D4}").ToUpperInvariant(),
        'V' => ISOWeek.GetWeekOfYear(date).ToString("D2", culture),
        'W' => WeekOfYear(date, DayOfWeek.Monday, culture),
        'w' => ((int)date.DayOfWeek).ToString(culture),
        'x' => date.ToString("d", culture),
        'X' => date.ToString("T", culture),
        'y' => date.ToString("yy", culture),
        'Y' => date.ToString("yyyy", culture),
        'Z' => date.ToString("zzz", culture),
        '%' => "%",
        _ => null,
    };

    // The culture's calendar week rule (first day of the year for the invariant culture).
    private static string WeekOfYear(DateTime date, DayOfWeek firstDay, CultureInfo culture)
        => culture.Calendar.GetWeekOfYear(date, culture.DateTimeFormat.CalendarWeekRule, firstDay).ToString("D2", culture);
}
