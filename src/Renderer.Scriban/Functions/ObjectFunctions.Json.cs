using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

public static partial class ObjectFunctions
{
    private static void RegisterJson(FunctionTable table)
    {
        table.Add("from_json", ["json"], 1, call => call.GetStringOrNull(0) is { } json ? JsonModel.ToValue(json) : null);
        table.Add("to_json", ["value"], 1, call => ToJson(call.GetArgument(0)));
    }

    /// <summary>Compact JSON written with <see cref="Utf8JsonWriter"/>'s default escaping; no reflection.</summary>
    internal static string ToJson(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            WriteJson(writer, value, 0);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void WriteJson(Utf8JsonWriter writer, object? value, int depth)
    {
        if (depth > ScriptValue.ObjectRecursionLimit)
        {
            throw new InvalidOperationException($"Structure is too deeply nested. The limit of {ScriptValue.ObjectRecursionLimit} nested objects was exceeded");
        }

        switch (value)
        {
            case null or IScriptFunction:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long or short or sbyte or byte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case float number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case BigInteger number:
                writer.WriteRawValue(number.ToString(CultureInfo.InvariantCulture));
                break;
            case DateTime date:
                writer.WriteStringValue(date);
                break;
            case TimeSpan span:
                writer.WriteStringValue(span.ToString("c", CultureInfo.InvariantCulture));
                break;
            default:
                WriteJsonComposite(writer, value, depth);
                break;
        }
    }

    private static void WriteJsonComposite(Utf8JsonWriter writer, object value, int depth)
    {
        switch (value)
        {
            case ScriptObject obj:
                writer.WriteStartObject();
                foreach (var pair in obj)
                {
                    writer.WritePropertyName(pair.Key);
                    WriteJson(writer, pair.Value, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case EmptyScriptObject:
                writer.WriteStartObject();
                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteJson(writer, item, depth + 1);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(ScriptValue.ToText(value));
                break;
        }
    }
}
