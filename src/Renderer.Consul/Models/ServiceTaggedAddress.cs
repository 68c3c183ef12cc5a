namespace Renderer.Consul.Models;

/// <summary>A value of a service's <c>TaggedAddresses</c> map: <c>{"Address": …, "Port": …}</c>.</summary>
public sealed record ServiceTaggedAddress
{
    public string Address { get; init => field = value ?? ""; } = "";

    public int Port { get; init; }
}
