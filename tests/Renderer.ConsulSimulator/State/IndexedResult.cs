namespace Renderer.ConsulSimulator.State;

/// <summary>A query answer and the index Consul would report for it (before the 0 → 1 rewrite).</summary>
internal sealed record IndexedResult<T>(ulong Index, T Value);
