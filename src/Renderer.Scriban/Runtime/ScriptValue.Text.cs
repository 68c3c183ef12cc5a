using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Renderer.Scriban.Runtime;

public static partial class ScriptValue
{
    /// <summary>Nested objects deeper than this fail instead of overflowing the stack (Scriban's ObjectRecursionLimit).</summary>
    public const int ObjectRecursionLimit = 20;

    /// <summary>The text form of a value as <c>{{ value }}</c> prints it (§4.3), with default date formatting.</summary>
    public static string ToText(object? value) => ToText(value, null);

    internal static string ToText(object? value, TemplateContext? context) => value switch
    {
        null => string.Empty,
        string s => s,
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => ToTextSlow(value, context),
    };

    /// <summary>The form of a value inside an array or object: strings quoted and escaped, null as <c>null</c>.</summary>
    public static string ToNestedText(object? value)
    {
        var builder = new StringBuilder();
        AppendNested(builder, value, null, 0);
        return builder.ToString();
    }

    /// <summary>C-style escaping used for quoted strings in the nested form (and by <c>string.escape</c>).</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        AppendEscaped(builder, text);
        return builder.ToString();
    }

    private static string ToTextSlow(object value, TemplateContext? context)
    {
        switch (value)
        {
            case double d:
                return d.ToString(CultureInfo.InvariantCulture);
            case long l:
                return l.ToString(CultureInfo.InvariantCulture);
            case float f:
                return f.ToString(CultureInfo.InvariantCulture);
            case decimal m:
                return m.ToString(CultureInfo.InvariantCulture);
            case BigInteger big:
                return big.ToString(CultureInfo.InvariantCulture);
            case DateTime date:
                return context is null ? DefaultDateText(date) : context.FormatDate(date);
            case IScriptFunction:
                return "<function>";
            case EmptyScriptObject:
                return string.Empty;
            case ScriptObject or IEnumerable:
                var builder = new StringBuilder();
                AppendNested(builder, value, context, 0);
                return builder.ToString();
            case IFormattable formattable:
                return formattable.ToString(null, CultureInfo.InvariantCulture);
            default:
                return value.ToString() ?? string.Empty;
        }
    }

    internal static string DefaultDateText(DateTime date) => date.ToString("dd MMM yyyy", CultureInfo.InvariantCulture);

    private static void AppendNested(StringBuilder builder, object? value, TemplateContext? context, int depth)
    {
        if (depth > ObjectRecursionLimit)
        {
            throw new InvalidOperationException("Structure is too deeply nested or contains reference loops.");
        }

        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string s:
                builder.Append('"');
                AppendEscaped(builder, s);
                builder.Append('"');
                break;
            case ScriptObject obj:
                AppendObject(builder, obj, context, depth);
                break;
            case EmptyScriptObject:
                break;
            case IEnumerable items:
                AppendList(builder, items, context, depth);
                break;
            default:
                builder.Append(ToText(value, context));
                break;
        }
    }

    private static void AppendList(StringBuilder builder, IEnumerable items, TemplateContext? context, int depth)
    {
        builder.Append('[');
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            AppendNested(builder, item, context, depth + 1);
        }

        builder.Append(']');
    }

    private static void AppendObject(StringBuilder builder, ScriptObject obj, TemplateContext? context, int depth)
    {
        builder.Append('{');
        var first = true;
        foreach (var pair in obj)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            if (IsIdentifier(pair.Key))
            {
                builder.Append(pair.Key);
            }
            else
            {
                AppendNested(builder, pair.Key, context, depth + 1);
            }

            builder.Append(": ");
            AppendNested(builder, pair.Value, context, depth + 1);
        }

        builder.Append('}');
    }

    private static bool IsIdentifier(string key)
    {
        if (key.Length == 0 || !(char.IsLetter(key[0]) || key[0] == '_'))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendEscaped(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\v': builder.Append("\\v"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }
    }
}
