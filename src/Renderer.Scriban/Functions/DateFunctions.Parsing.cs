using System.Globalization;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

public static partial class DateFunctions
{
    /// <summary>
    /// Parses a date: null or empty text gives null; with a pattern the text must match it exactly
    /// (surrounding and inner whitespace allowed). Text that does not parse gives the zero date
    /// (<c>01 Jan 0001</c>) rather than an error, as in Scriban.
    /// </summary>
    internal static DateTime? Parse(string? text, string? pattern, string? culture)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var cultureInfo = CultureNames.Resolve(culture);
        var parsed = pattern is null
            ? DateTime.TryParse(text, cultureInfo, DateTimeStyles.None, out var date)
            : DateTime.TryParseExact(text, StrftimeParsing.ToExactFormat(pattern), cultureInfo, DateTimeStyles.AllowWhiteSpaces, out date);
        return parsed ? date : default(DateTime);
    }

    // The date argument of add_* and to_string: a date, null as the zero date, or a text to parse.
    private static DateTime ToDate(FunctionCall call, int index) => call.GetArgument(index) switch
    {
        DateTime date => date,
        null => default,
        string text => Parse(text, null, null) ?? default,
        var other => throw call.Error($"Unable to convert type `{ScriptValue.GetTypeName(other)}` to datetime"),
    };
}
