namespace Renderer.ConsulSimulator.State;

/// <summary>A KV pair. <see cref="Value"/> is never mutated after it is stored.</summary>
internal sealed record StoredKvEntry(
    string Key,
    byte[] Value,
    ulong Flags,
    ulong LockIndex,
    string? Session,
    ulong CreateIndex,
    ulong ModifyIndex)
{
    public bool HasSameContent(StoredKvEntry other) =>
        Flags == other.Flags && Session == other.Session && Value.AsSpan().SequenceEqual(other.Value);
}
