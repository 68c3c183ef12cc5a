using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Renderer.ConsulSimulator.Filtering;

/// <summary>The positive form of a match on the selected JSON value (null when the value is absent).</summary>
internal static class LeafMatcher
{
    public static Func<JsonElement?, bool> Create(MatchOperator op, FilterType type, string? value, string selector)
    {
        return (op, type.Kind) switch
        {
            (MatchOperator.IsEmpty, FilterKind.String) => v => v is null || v.Value.ValueKind == JsonValueKind.Null || v.Value.GetString()!.Length == 0,
            (MatchOperator.IsEmpty, FilterKind.StringList or FilterKind.StructList) => v => v is not { ValueKind: JsonValueKind.Array } array || array.GetArrayLength() == 0,
            (MatchOperator.IsEmpty, FilterKind.Map) => v => v is not { ValueKind: JsonValueKind.Object } map || !map.EnumerateObject().Any(),
            (MatchOperator.Equal, FilterKind.String) => v => v is { ValueKind: JsonValueKind.String } s && s.GetString() == value,
            (MatchOperator.Equal, FilterKind.Integer) => EqualsInteger(value!, selector),
            (MatchOperator.Equal, FilterKind.Boolean) => EqualsBoolean(value!, selector),
            (MatchOperator.Contains, FilterKind.String) => v => v is { ValueKind: JsonValueKind.String } s && s.GetString()!.Contains(value!, StringComparison.Ordinal),
            (MatchOperator.Contains, FilterKind.StringList) => v => v is { ValueKind: JsonValueKind.Array } a && a.EnumerateArray().Any(e => e.GetString() == value),
            (MatchOperator.Contains, FilterKind.Map) => v => v is { ValueKind: JsonValueKind.Object } m && m.TryGetProperty(value!, out _),
            (MatchOperator.Matches, FilterKind.String) => MatchesRegex(value!, selector),
            _ => throw FilterException.Invalid($"Invalid match operator {Describe(op)} for selector \"{selector}\""),
        };
    }

    private static Func<JsonElement?, bool> EqualsInteger(string value, string selector)
    {
        if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var expected))
        {
            throw FilterException.Invalid($"Failed to convert value \"{value}\" to an integer for selector \"{selector}\"");
        }

        return v => v is { ValueKind: JsonValueKind.Number } n && n.TryGetInt64(out var actual) && actual == expected;
    }

    private static Func<JsonElement?, bool> EqualsBoolean(string value, string selector)
    {
        if (!bool.TryParse(value, out var expected))
        {
            throw FilterException.Invalid($"Failed to convert value \"{value}\" to a boolean for selector \"{selector}\"");
        }

        return v => v is { ValueKind: JsonValueKind.True or JsonValueKind.False } b && b.GetBoolean() == expected;
    }

    private static Func<JsonElement?, bool> MatchesRegex(string pattern, string selector)
    {
        Regex regex;
        try
        {
            regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException exception)
        {
            throw FilterException.Invalid($"Invalid regular expression \"{pattern}\" for selector \"{selector}\": {exception.Message}");
        }

        return v => v is { ValueKind: JsonValueKind.String } s && regex.IsMatch(s.GetString()!);
    }

    private static string Describe(MatchOperator op) => op switch
    {
        MatchOperator.Equal => "==",
        MatchOperator.IsEmpty => "is empty",
        MatchOperator.Contains => "in/contains",
        _ => "matches",
    };
}
