namespace Renderer.ConsulSimulator.State;

/// <summary>One row of a service query: the instance, its node, and the node's plus the instance's checks.</summary>
internal sealed record ServiceInstance(StoredNode Node, StoredService Service, IReadOnlyList<StoredCheck> Checks);
