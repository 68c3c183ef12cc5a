namespace Renderer.ConsulSimulator.State;

/// <summary>
/// A write the simulated state store refuses, with Consul's own wording (for example
/// <c>Must provide node</c>); the HTTP layer answers it as a 500 with this message as the body.
/// </summary>
public sealed class ConsulStateException(string message) : Exception(message);
