namespace Renderer.ConsulSimulator.State;

/// <summary>A service instance as registered through the catalog or the agent.</summary>
/// <param name="Name">Service name (Consul's <c>Service</c> field).</param>
public sealed record ServiceRegistration(string Name)
{
    /// <summary>Instance ID, unique on its node. <value>Default: the name.</value></summary>
    public string? Id { get; init; }

    /// <summary>Tags, in the order given. <value>Default: none (emitted as <c>[]</c>).</value></summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Service address; empty means "use the node address". <value>Default: empty.</value></summary>
    public string Address { get; init; } = string.Empty;

    /// <summary>Port; omitted from JSON when 0, as Consul does. <value>Default: 0.</value></summary>
    public int Port { get; init; }

    /// <summary>Service meta. <value>Default: null.</value></summary>
    public IReadOnlyDictionary<string, string>? Meta { get; init; }

    /// <summary>Service tagged addresses. <value>Default: null (field omitted).</value></summary>
    public IReadOnlyDictionary<string, ServiceAddress>? TaggedAddresses { get; init; }

    /// <summary>DNS weights; invalid weights are stored as the default. <value>Default: 1/1.</value></summary>
    public ServiceWeights? Weights { get; init; }

    /// <summary>Consul's <c>EnableTagOverride</c>. <value>Default: false.</value></summary>
    public bool EnableTagOverride { get; init; }

    /// <summary>Service kind (<c>connect-proxy</c>, …); empty for a typical service. <value>Default: empty.</value></summary>
    public string Kind { get; init; } = string.Empty;

    internal string EffectiveId => string.IsNullOrEmpty(Id) ? Name : Id;
}
