namespace Renderer.ConsulSimulator.State;

/// <summary>What a KV write did.</summary>
/// <param name="Index">The Raft index the write took (a failed CAS still takes one).</param>
/// <param name="Applied">False when a check-and-set did not match; the HTTP API answers <c>false</c>.</param>
public sealed record KvWriteResult(ulong Index, bool Applied);
