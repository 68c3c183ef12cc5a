using System.Text.Json;

namespace Renderer.Scriban.Runtime;

/// <summary>
/// Turns JSON into template values: objects → <see cref="ScriptObject"/> (member order kept),
/// arrays → <see cref="ScriptArray"/>, integers → int when they fit else long (else double),
/// other numbers → double, strings, bools and null as themselves. No reflection involved.
/// </summary>
public static class JsonModel
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 256 };

    /// <summary>Parses a JSON object into a script object; fails with <see cref="JsonException"/> for other JSON.</summary>
    public static ScriptObject ToScriptObject(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json, Options);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"Expected a JSON object at the root, found {document.RootElement.ValueKind}.");
        }

        return ToObject(document.RootElement);
    }

    /// <summary>Parses any JSON value.</summary>
    public static object? ToValue(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json, Options);
        return ToValue(document.RootElement);
    }

    /// <summary>Converts an element of a document the caller owns.</summary>
    public static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToObject(element),
        JsonValueKind.Array => ToArray(element),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => ToNumber(element),
        JsonValueKind.True => ScriptValue.Box(true),
        JsonValueKind.False => ScriptValue.Box(false),
        _ => null,
    };

    private static ScriptObject ToObject(JsonElement element)
    {
        var result = new ScriptObject();
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = ToValue(property.Value);
        }

        return result;
    }

    private static ScriptArray ToArray(JsonElement element)
    {
        var result = new ScriptArray(element.GetArrayLength());
        foreach (var item in element.EnumerateArray())
        {
            result.Add(ToValue(item));
        }

        return result;
    }

    private static object ToNumber(JsonElement element)
    {
        if (element.TryGetInt32(out var i))
        {
            return ScriptValue.Box(i);
        }

        if (element.TryGetInt64(out var l))
        {
            return l;
        }

        return element.GetDouble();
    }
}
