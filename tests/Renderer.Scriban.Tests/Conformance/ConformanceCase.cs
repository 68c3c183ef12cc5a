using System.Text.Json;

namespace Renderer.Scriban.Tests.Conformance;

/// <summary>One entry of <c>scriban-cases.json</c> (spec §8), observed on Scriban 7.2.6.</summary>
public sealed record ConformanceCase(
    string Name,
    string Kind,
    string Template,
    string? ModelJson,
    IReadOnlyDictionary<string, string> Includes,
    JsonElement? Settings,
    string SourceName,
    string? Expected,
    string? ExpectedContains)
{
    private static readonly Lazy<IReadOnlyDictionary<string, ConformanceCase>> All = new(Load);

    public static IReadOnlyDictionary<string, ConformanceCase> Cases => All.Value;

    private static IReadOnlyDictionary<string, ConformanceCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Conformance", "scriban-cases.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new Dictionary<string, ConformanceCase>(StringComparer.Ordinal);
        foreach (var element in document.RootElement.EnumerateArray())
        {
            var item = Parse(element);
            cases.Add(item.Name, item);
        }

        return cases;
    }

    private static ConformanceCase Parse(JsonElement element)
    {
        var includes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (element.TryGetProperty("includes", out var includeElement) && includeElement.ValueKind == JsonValueKind.Object)
        {
            foreach (var include in includeElement.EnumerateObject())
            {
                includes[include.Name] = include.Value.GetString()!;
            }
        }

        return new ConformanceCase(
            element.GetProperty("name").GetString()!,
            element.GetProperty("kind").GetString()!,
            element.GetProperty("template").GetString()!,
            element.TryGetProperty("model", out var model) && model.ValueKind == JsonValueKind.Object ? model.GetRawText() : null,
            includes,
            element.TryGetProperty("settings", out var settings) && settings.ValueKind == JsonValueKind.Object ? settings.Clone() : null,
            element.TryGetProperty("source_name", out var source) && source.ValueKind == JsonValueKind.String ? source.GetString()! : "<input>",
            element.TryGetProperty("expected", out var expected) && expected.ValueKind == JsonValueKind.String ? expected.GetString() : null,
            element.TryGetProperty("expected_contains", out var contains) && contains.ValueKind == JsonValueKind.String ? contains.GetString() : null);
    }
}
