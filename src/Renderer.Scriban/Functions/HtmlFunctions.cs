using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

/// <summary>The <c>html</c> builtin group (spec §6).</summary>
public static partial class HtmlFunctions
{
    // URL characters that url_escape keeps: RFC 3986 unreserved and reserved characters (what the
    // obsolete Uri.EscapeUriString that Scriban calls leaves alone).
    private const string UrlSafeSymbols = "-._~:/?#[]@!$&'()*+,;=";

    /// <summary>Adds the <c>html.*</c> functions to <paramref name="group"/>.</summary>
    public static void Register(ScriptObject group)
    {
        var table = new FunctionTable(group, "html");
        table.Add("escape", ["text"], 1, call => WebUtility.HtmlEncode(call.GetStringOrNull(0)));
        table.Add("strip", ["text"], 1, call => call.GetStringOrNull(0) is { } text ? TagPattern().Replace(text, string.Empty) : null);
        table.Add("newline_to_br", ["text"], 1, call => call.GetStringOrNull(0) is { } text ? NewlinePattern().Replace(text, "<br />$0") : null);
        table.Add("url_encode", ["text"], 1, call => call.GetStringOrNull(0) is { } text ? Uri.EscapeDataString(text) : null);
        table.Add("url_escape", ["text"], 1, call => call.GetStringOrNull(0) is { } text ? UrlEscape(text) : null);
    }

    // Scripts, comments and style blocks go whole; a tag may hold quoted attribute values with '>'
    // in them (<hello x='yoy>' y='yes'> is one tag).
    [GeneratedRegex("""<script.*?</script>|<!--.*?-->|<style.*?</style>|<(?:[^>=]|='[^']*'|="[^"]*"|=[^'"][^\s>]*)*>""", RegexOptions.Singleline, 10_000)]
    private static partial Regex TagPattern();

    [GeneratedRegex("\r\n|\r|\n")]
    private static partial Regex NewlinePattern();

    private static string UrlEscape(string text)
    {
        var builder = new StringBuilder(text.Length);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c) || UrlSafeSymbols.Contains(c))
            {
                builder.Append(c);
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? Encoding.UTF8.GetBytes(text.AsSpan(i++, 2), bytes)
                : Encoding.UTF8.GetBytes(text.AsSpan(i, 1), bytes);
            foreach (var b in bytes[..length])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
