using System.Text.RegularExpressions;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

/// <summary>
/// The <c>regex</c> builtin group (spec §6): .NET regular expressions with the context's timeout
/// (10 s by default). <c>options</c> is a string of <c>i</c> (ignore case), <c>m</c> (multi-line),
/// <c>s</c> (single-line) and <c>x</c> (ignore pattern whitespace); other letters are ignored.
/// </summary>
public static class RegexFunctions
{
    /// <summary>Adds the <c>regex.*</c> functions to <paramref name="group"/>.</summary>
    public static void Register(ScriptObject group)
    {
        var table = new FunctionTable(group, "regex");
        table.Add("escape", ["pattern"], 1, call => Regex.Escape(call.GetString(0)));
        table.Add("unescape", ["pattern"], 1, call => Regex.Unescape(call.GetString(0)));
        table.Add("match", ["text", "pattern", "options"], 2, call => Groups(CreateRegex(call, 1, 2).Match(call.GetString(0))));
        table.Add("matches", ["text", "pattern", "options"], 2, Matches);
        table.Add("replace", ["text", "pattern", "replace", "options"], 3,
            call => CreateRegex(call, 1, 3).Replace(call.GetString(0), call.GetString(2)));
        table.Add("split", ["text", "pattern", "options"], 2, call => new ScriptArray(CreateRegex(call, 1, 2).Split(call.GetString(0))));
    }

    private static Regex CreateRegex(FunctionCall call, int patternIndex, int optionsIndex)
        => new(call.GetString(patternIndex), ParseOptions(call.GetStringOrDefault(optionsIndex, null)), call.Context.RegexTimeout);

    internal static RegexOptions ParseOptions(string? options)
    {
        var result = RegexOptions.None;
        foreach (var c in options ?? string.Empty)
        {
            result |= c switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                _ => RegexOptions.None,
            };
        }

        return result;
    }

    // [whole match, group 1, …]; an empty array when nothing matched.
    private static ScriptArray Groups(Match match)
    {
        var result = new ScriptArray();
        if (match.Success)
        {
            foreach (Group group in match.Groups)
            {
                result.Add(group.Value);
            }
        }

        return result;
    }

    private static ScriptArray Matches(FunctionCall call)
    {
        var result = new ScriptArray();
        foreach (Match match in CreateRegex(call, 1, 2).Matches(call.GetString(0)))
        {
            result.Add(Groups(match));
        }

        return result;
    }
}
