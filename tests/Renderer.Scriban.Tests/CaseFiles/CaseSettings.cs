using System.Text.Json;

namespace Renderer.Scriban.Tests.CaseFiles;

/// <summary>
/// The context settings a case may override in its <c>NNN-name.settings.json</c>. Defaults are
/// Scriban's (LoopLimit 1000 as the conformance rules require, spec §8/§9).
/// </summary>
public sealed record CaseSettings
{
    public static CaseSettings Default { get; } = new();

    public int LoopLimit { get; init; } = 1000;

    public int RecursiveLimit { get; init; } = 100;

    public int LimitToString { get; init; } = 1_048_576;

    public bool StrictVariables { get; init; }

    public bool AutoIndent { get; init; } = true;

    /// <summary>Reads a settings file; an unknown key fails so that a typo cannot silently test the defaults.</summary>
    public static CaseSettings Parse(string json, string fileName)
    {
        using var document = JsonDocument.Parse(json);
        var settings = Default;
        foreach (var property in document.RootElement.EnumerateObject())
        {
            settings = property.Name switch
            {
                nameof(LoopLimit) => settings with { LoopLimit = property.Value.GetInt32() },
                nameof(RecursiveLimit) => settings with { RecursiveLimit = property.Value.GetInt32() },
                nameof(LimitToString) => settings with { LimitToString = property.Value.GetInt32() },
                nameof(StrictVariables) => settings with { StrictVariables = property.Value.GetBoolean() },
                nameof(AutoIndent) => settings with { AutoIndent = property.Value.GetBoolean() },
                _ => throw new InvalidDataException(
                    $"{fileName}: unknown setting `{property.Name}` (known: LoopLimit, RecursiveLimit, LimitToString, StrictVariables, AutoIndent)."),
            };
        }

        return settings;
    }
}
