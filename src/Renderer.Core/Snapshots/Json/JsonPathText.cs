using System.Text;

namespace Renderer.Core.Snapshots.Json;

/// <summary>Builds the JSON paths that problems are reported at: <c>$.nodes[0].services[1].port</c>, <c>$.kv['app/x']</c>.</summary>
internal static class JsonPathText
{
    public const string Root = "$";

    public static string Property(string parent, string name) =>
        IsIdentifier(name) ? $"{parent}.{name}" : $"{parent}['{Escape(name)}']";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) &&
        name.All(character => char.IsAsciiLetterOrDigit(character) || character is '_' or '$');

    private static string Escape(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var character in name)
        {
            _ = character switch
            {
                '\'' => builder.Append("\\'"),
                '\\' => builder.Append("\\\\"),
                _ when char.IsControl(character) => builder.Append($"\\u{(int)character:X4}"),
                _ => builder.Append(character),
            };
        }

        return builder.ToString();
    }
}
