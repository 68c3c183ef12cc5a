using System.Text;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

public static partial class StringFunctions
{
    private const string DefaultEllipsis = "...";

    private static void RegisterSlices(FunctionTable table)
    {
        table.Add("slice", ["text", "start", "length"], 2,
            call => Slice(call.GetString(0), call.GetInt(1), call.GetInt(2, 0), wholeRestWhenZero: true));
        table.Add("slice1", ["text", "start", "length"], 2,
            call => Slice(call.GetString(0), call.GetInt(1), call.GetInt(2, 1), wholeRestWhenZero: false));
        table.Add("truncate", ["text", "length", "ellipsis"], 2, Truncate);
        table.Add("truncatewords", ["text", "count", "ellipsis"], 2, TruncateWords);
    }

    /// <summary>
    /// A substring: a negative start counts from the end, and what falls before the start of the
    /// text is cut from the length (<c>"test" | string.slice (-5) 3</c> is <c>te</c>); the length is
    /// clamped to the end. For <c>slice</c> a length of 0 (or less) means "to the end".
    /// </summary>
    private static string Slice(string text, int start, int length, bool wholeRestWhenZero)
    {
        if (text.Length == 0 || start > text.Length)
        {
            return string.Empty;
        }

        if (length <= 0 && wholeRestWhenZero)
        {
            length = text.Length;
        }

        if (start < 0)
        {
            start += text.Length;
            if (start < 0)
            {
                length += start;
                start = 0;
            }
        }

        if (length <= 0)
        {
            return string.Empty;
        }

        return text.Substring(start, Math.Min(length, text.Length - start));
    }

    // The ellipsis counts in the length: "…" | string.truncate 15 keeps 12 characters plus "...".
    private static string Truncate(FunctionCall call)
    {
        var text = call.GetString(0);
        var length = call.GetInt(1);
        var ellipsis = call.GetStringOrDefault(2, null) ?? DefaultEllipsis;
        if (text.Length <= length)
        {
            return text;
        }

        var keep = Math.Max(0, length - ellipsis.Length);
        return string.Concat(text.AsSpan(0, Math.Min(keep, text.Length)), ellipsis);
    }

    // Keeps the first `count` whitespace-separated words, joined by one space, and always appends
    // "...", even when nothing was cut. Scriban 7.2.6 accepts an `ellipsis` argument but ignores it
    // (fixed later upstream, scriban/scriban#687), so it is accepted and ignored here too.
    private static string TruncateWords(FunctionCall call)
    {
        var text = call.GetString(0);
        var count = call.GetInt(1);
        if (text.Length == 0 || count <= 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var word in text.Split((char[]?)null, count + 1, StringSplitOptions.RemoveEmptyEntries).Take(count))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(word);
        }

        return builder.Append(DefaultEllipsis).ToString();
    }
}
