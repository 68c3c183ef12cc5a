namespace Renderer.Consul.Tests.Contract;

/// <summary>
/// One service instance to register through <c>PUT /v1/catalog/register</c>, with its node and up to two checks.
/// Addresses are from the documentation range (RFC 5737): catalog data only, nothing connects to them.
/// </summary>
/// <param name="Node">Node name (the test makes it unique).</param>
/// <param name="Service">Service name.</param>
public sealed record TestInstance(string Node, string Service)
{
    /// <value>Default: the service name.</value>
    public string? Id { get; init; }

    /// <value>Default: <c>192.0.2.10</c>.</value>
    public string NodeAddress { get; init; } = "192.0.2.10";

    /// <value>Default: 0 (Consul omits it).</value>
    public int Port { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyDictionary<string, string>? Meta { get; init; }

    /// <summary>Status of the instance's check <c>service:&lt;id&gt;</c>; null registers none. <value>Default: passing.</value></summary>
    public string? CheckStatus { get; init; } = "passing";

    /// <summary>Status of a node-level check <c>node-health</c>; null registers none. <value>Default: null.</value></summary>
    public string? NodeCheckStatus { get; init; }

    public string EffectiveId => Id ?? Service;

    public string ServiceCheckId => "service:" + EffectiveId;
}
