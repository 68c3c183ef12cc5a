namespace Renderer.Core.Snapshots.Json;

/// <summary>A bound value with the place it came from, for "given twice (first at …)" problems.</summary>
internal sealed record Bound<T>(T Value, int Offset, string Path);
