namespace Renderer.Core.Snapshots.Json;

/// <summary>One property of a <see cref="LocatedJson"/> object.</summary>
/// <param name="Name">The unescaped property name.</param>
/// <param name="NameOffset">Byte offset of the name's opening quote.</param>
/// <param name="Value">The value.</param>
internal sealed record LocatedProperty(string Name, int NameOffset, LocatedJson Value);
