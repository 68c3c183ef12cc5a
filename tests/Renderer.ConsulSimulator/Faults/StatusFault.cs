namespace Renderer.ConsulSimulator.Faults;

/// <summary>See <see cref="Fault.Status"/>.</summary>
public sealed record StatusFault(int StatusCode, string Body) : Fault;
