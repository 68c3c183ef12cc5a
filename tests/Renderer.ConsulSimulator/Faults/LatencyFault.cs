namespace Renderer.ConsulSimulator.Faults;

/// <summary>See <see cref="Fault.Latency"/>.</summary>
public sealed record LatencyFault(TimeSpan Delay) : Fault;
