namespace Renderer.ConsulSimulator.Faults;

/// <summary>See <see cref="Fault.DropConnection"/>.</summary>
public sealed record DropConnectionFault : Fault;
