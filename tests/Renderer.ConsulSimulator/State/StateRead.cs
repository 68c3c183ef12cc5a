namespace Renderer.ConsulSimulator.State;

/// <summary>A value read under the state lock, and a task that completes at the next write after the read.</summary>
internal readonly record struct StateRead<T>(T Value, Task Changed);
