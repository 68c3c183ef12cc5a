using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

public static partial class StringFunctions
{
    private static void RegisterEdits(FunctionTable table)
    {
        table.Add("remove", ["text", "remove"], 2, call => Remove(call.GetStringOrNull(0), call.GetStringOrNull(1)));
        table.Add("remove_first", ["text", "remove"], 2,
            call => ReplaceFirst(call.GetStringOrNull(0), call.GetStringOrNull(1), string.Empty, fromEnd: false));
        table.Add("remove_last", ["text", "remove"], 2,
            call => ReplaceFirst(call.GetStringOrNull(0), call.GetStringOrNull(1), string.Empty, fromEnd: true));
        table.Add("replace", ["text", "match", "replace"], 3, Replace);
        table.Add("replace_first", ["text", "match", "replace", "fromEnd"], 3,
            call => ReplaceFirst(call.GetStringOrNull(0), call.GetStringOrNull(1), call.GetString(2), call.GetBool(3, false)));
        table.Add("strip", ["text"], 1, call => call.GetStringOrNull(0)?.Trim());
        table.Add("lstrip", ["text"], 1, call => call.GetStringOrNull(0)?.TrimStart());
        table.Add("rstrip", ["text"], 1, call => call.GetStringOrNull(0)?.TrimEnd());
        table.Add("strip_newlines", ["text"], 1, call => StripNewlines(call.GetString(0)));
        table.Add("split", ["text", "match"], 2, call => Split(call.GetStringOrNull(0), call.GetStringOrNull(1)));
    }

    private static string? Remove(string? text, string? remove)
        => string.IsNullOrEmpty(text) || string.IsNullOrEmpty(remove) ? text : text.Replace(remove, string.Empty, StringComparison.Ordinal);

    private static string Replace(FunctionCall call)
    {
        var text = call.GetStringOrNull(0);
        var match = call.GetStringOrNull(1);
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return string.IsNullOrEmpty(match) ? text : text.Replace(match, call.GetString(2), StringComparison.Ordinal);
    }

    // Scriban finds the first (or last) occurrence ignoring case, unlike `replace` (observed:
    // 'Hello' | string.replace_first 'L' 'x' gives Hexlo).
    private static string ReplaceFirst(string? text, string? match, string replacement, bool fromEnd)
    {
        if (text is null)
        {
            return string.Empty;
        }

        if (string.IsNullOrEmpty(match))
        {
            return text;
        }

        var index = fromEnd
            ? text.LastIndexOf(match, StringComparison.OrdinalIgnoreCase)
            : text.IndexOf(match, StringComparison.OrdinalIgnoreCase);
        return index < 0 ? text : string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + match.Length));
    }

    private static string StripNewlines(string text)
        => text.Replace("\r\n", string.Empty, StringComparison.Ordinal)
            .Replace("\r", string.Empty, StringComparison.Ordinal)
            .Replace("\n", string.Empty, StringComparison.Ordinal);

    // Empty entries are dropped: "a//b" gives two parts, " a b " split on " " gives ["a", "b"].
    private static ScriptArray Split(string? text, string? separator)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        if (string.IsNullOrEmpty(separator))
        {
            return [text];
        }

        var result = new ScriptArray();
        foreach (var part in text.Split(separator, StringSplitOptions.RemoveEmptyEntries))
        {
            result.Add(part);
        }

        return result;
    }
}
