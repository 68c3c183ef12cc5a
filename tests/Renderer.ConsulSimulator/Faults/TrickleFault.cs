namespace Renderer.ConsulSimulator.Faults;

/// <summary>See <see cref="Fault.Trickle"/>.</summary>
public sealed record TrickleFault(int ChunkSize, TimeSpan Delay) : Fault;
