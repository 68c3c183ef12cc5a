using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

public static partial class StringFunctions
{
    // InvariantGlobalization makes the culture-aware comparisons Scriban uses (current culture) ordinal
    // for ASCII; the explicit invariant comparison keeps the analyzers quiet and the intent visible.
    private const StringComparison CultureComparison = StringComparison.InvariantCulture;

    private static void RegisterPredicates(FunctionTable table)
    {
        table.Add("contains", ["text", "value"], 2,
            call => Test(call, static (text, value) => text.Contains(value, StringComparison.Ordinal)));
        table.Add("starts_with", ["text", "value"], 2,
            call => Test(call, static (text, value) => text.StartsWith(value, CultureComparison)));
        table.Add("ends_with", ["text", "value"], 2,
            call => Test(call, static (text, value) => text.EndsWith(value, CultureComparison)));
        table.Add("equals_ignore_case", ["text", "value"], 2,
            call => ScriptValue.Box(string.Equals(call.GetStringOrNull(0), call.GetStringOrNull(1), StringComparison.InvariantCultureIgnoreCase)));
        table.Add("empty", ["text"], 1, call => ScriptValue.Box(string.IsNullOrEmpty(call.GetStringOrNull(0))));
        table.Add("whitespace", ["text"], 1, call => ScriptValue.Box(string.IsNullOrWhiteSpace(call.GetStringOrNull(0))));
        table.Add("index_of", ["text", "search", "startIndex", "count", "stringComparison"], 2, IndexOf);
    }

    // contains/starts_with/ends_with are false when either side is null or empty.
    private static object Test(FunctionCall call, Func<string, string, bool> test)
    {
        var text = call.GetStringOrNull(0);
        var value = call.GetStringOrNull(1);
        return ScriptValue.Box(!string.IsNullOrEmpty(text) && !string.IsNullOrEmpty(value) && test(text, value));
    }

    private static object IndexOf(FunctionCall call)
    {
        var text = call.GetStringOrNull(0);
        var search = call.GetStringOrNull(1);
        if (text is null || search is null)
        {
            return ScriptValue.Box(-1);
        }

        var start = call.HasArgument(2) && call.GetArgument(2) is not null ? call.GetInt(2) : 0;
        var count = call.HasArgument(3) && call.GetArgument(3) is not null ? call.GetInt(3) : text.Length - start;
        var comparison = ParseComparison(call, call.GetStringOrDefault(4, null));
        return ScriptValue.Box(text.IndexOf(search, start, count, comparison));
    }

    private static StringComparison ParseComparison(FunctionCall call, string? name)
    {
        if (name is null)
        {
            return CultureComparison;
        }

        if (Enum.TryParse<StringComparison>(name, ignoreCase: false, out var comparison) && Enum.IsDefined(comparison))
        {
            return comparison == StringComparison.CurrentCulture ? CultureComparison
                : comparison == StringComparison.CurrentCultureIgnoreCase ? StringComparison.InvariantCultureIgnoreCase
                : comparison;
        }

        throw call.Error($"Invalid string comparison `{name}`. Allowed values are: CurrentCulture, CurrentCultureIgnoreCase, InvariantCulture, InvariantCultureIgnoreCase, Ordinal, OrdinalIgnoreCase");
    }
}
