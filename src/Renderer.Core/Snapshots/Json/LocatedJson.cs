using System.Collections.Immutable;
using System.Text.Json;

namespace Renderer.Core.Snapshots.Json;

/// <summary>
/// A JSON value with the byte offset of its first token. <see cref="JsonDocument"/> forgets positions, and a
/// catalog file's errors must name line and column, so the file is read into this small tree first.
/// </summary>
/// <param name="Kind">The value kind.</param>
/// <param name="Offset">Byte offset of the value's first token in the (BOM-less) input.</param>
/// <param name="Text">The string's value, the number's source text, or null.</param>
/// <param name="Properties">An object's properties in source order, duplicates included; empty otherwise.</param>
/// <param name="Items">An array's items; empty otherwise.</param>
internal sealed record LocatedJson(
    JsonValueKind Kind,
    int Offset,
    string? Text,
    ImmutableArray<LocatedProperty> Properties,
    ImmutableArray<LocatedJson> Items)
{
    /// <summary>The kind for a message: "an object", "a string", "null" …</summary>
    public string Description => Kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => $"the number {Text}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    public static LocatedJson Scalar(JsonValueKind kind, int offset, string? text) => new(kind, offset, text, [], []);
}
