namespace Renderer.ConsulSimulator.State;

/// <summary>A service tagged address: Consul emits it as <c>{"Address": "…", "Port": …}</c>.</summary>
public sealed record ServiceAddress(string Address, int Port);
