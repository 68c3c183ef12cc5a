using System.Text;

namespace Renderer.Consul.Models;

/// <summary>
/// A KV entry (spec §6.9). <see cref="Value"/> holds the base64-decoded bytes; Consul's <c>null</c> for an empty
/// value becomes an empty array. <see cref="Session"/> is <c>""</c> unless the key is locked.
/// </summary>
public sealed record KvPair
{
    public string Key { get; init => field = value ?? ""; } = "";

    public ulong CreateIndex { get; init; }

    public ulong ModifyIndex { get; init; }

    public ulong LockIndex { get; init; }

    public ulong Flags { get; init; }

    public byte[] Value { get; init => field = value ?? []; } = [];

    public string Session { get; init => field = value ?? ""; } = "";

    /// <summary>The value decoded as UTF-8 (invalid sequences become U+FFFD).</summary>
    public string GetValueAsString() => Encoding.UTF8.GetString(Value);
}
