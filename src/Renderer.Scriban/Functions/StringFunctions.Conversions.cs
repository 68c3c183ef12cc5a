using System.Globalization;
using System.Text;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

public static partial class StringFunctions
{
    private static void RegisterConversions(FunctionTable table)
    {
        // Parse failures give null, not an error: `'x' | string.to_int` renders nothing.
        table.Add("to_int", ["text"], 1, call => int.TryParse(call.GetStringOrNull(0), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? ScriptValue.Box(i) : null);
        table.Add("to_long", ["text"], 1, call => long.TryParse(call.GetStringOrNull(0), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null);
        table.Add("to_float", ["text"], 1, call => float.TryParse(call.GetStringOrNull(0), NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var f) ? f : null);
        table.Add("to_double", ["text"], 1, call => double.TryParse(call.GetStringOrNull(0), NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var d) ? d : null);
        table.Add("escape", ["text"], 1, call => call.GetStringOrNull(0) is { } text ? ScriptValue.Escape(text) : null);
        table.Add("literal", ["text"], 1, call => call.GetStringOrNull(0) is { } text ? $"\"{ScriptValue.Escape(text)}\"" : "null");
        table.Add("handleize", ["text"], 1, call => Handleize(call.GetString(0)));
        table.Add("base64_encode", ["text"], 1, call => Convert.ToBase64String(Encoding.UTF8.GetBytes(call.GetString(0))));
        table.Add("base64_decode", ["text"], 1, call => Encoding.UTF8.GetString(Convert.FromBase64String(call.GetString(0))));
    }

    // Lower-cases letters and digits and turns every run of other characters into one '-';
    // a trailing '-' is dropped ('100% M & Ms!!!' gives 100-m-ms).
    private static string Handleize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var lastWasDash = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                lastWasDash = false;
            }
            else if (!lastWasDash)
            {
                builder.Append('-');
                lastWasDash = true;
            }
        }

        if (builder.Length > 0 && builder[^1] == '-')
        {
            builder.Length--;
        }

        return builder.ToString();
    }
}
