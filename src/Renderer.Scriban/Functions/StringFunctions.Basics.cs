using System.Text;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

public static partial class StringFunctions
{
    private static void RegisterBasics(FunctionTable table)
    {
        table.Add("append", ["text", "with"], 2, call => call.GetString(0) + call.GetString(1));
        table.Add("prepend", ["text", "by"], 2, call => call.GetString(1) + call.GetString(0));
        table.Add("capitalize", ["text"], 1, call => Capitalize(call.GetString(0)));
        table.Add("capitalizewords", ["text"], 1, call => CapitalizeWords(call.GetString(0)));
        table.Add("downcase", ["text"], 1, call => call.GetStringOrNull(0)?.ToLowerInvariant());
        table.Add("upcase", ["text"], 1, call => call.GetStringOrNull(0)?.ToUpperInvariant());
        table.Add("size", ["text"], 1, call => call.GetString(0).Length);
        table.Add("pluralize", ["number", "singular", "plural"], 3,
            call => call.GetInt(0) == 1 ? call.GetString(1) : call.GetString(2));
        table.Add("pad_left", ["text", "width"], 2, call => Pad(call, left: true));
        table.Add("pad_right", ["text", "width"], 2, call => Pad(call, left: false));
    }

    private static string Capitalize(string text)
        => text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // Upper-cases the first character of every word; words are separated by whitespace.
    private static string CapitalizeWords(string text)
    {
        var builder = new StringBuilder(text.Length);
        var atWordStart = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                atWordStart = true;
                builder.Append(c);
                continue;
            }

            builder.Append(atWordStart ? char.ToUpperInvariant(c) : c);
            atWordStart = false;
        }

        return builder.ToString();
    }

    private static string Pad(FunctionCall call, bool left)
    {
        var text = call.GetString(0);
        var width = call.GetInt(1);
        call.Context.CheckTextLimit(call.Span, width);
        return left ? text.PadLeft(width) : text.PadRight(width);
    }
}
