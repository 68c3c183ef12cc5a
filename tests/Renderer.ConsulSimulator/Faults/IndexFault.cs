namespace Renderer.ConsulSimulator.Faults;

/// <summary>See <see cref="Fault.Index"/>.</summary>
public sealed record IndexFault(ulong ReportedIndex) : Fault;
