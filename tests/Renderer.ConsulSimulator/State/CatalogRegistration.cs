namespace Renderer.ConsulSimulator.State;

/// <summary>
/// One catalog write, shaped like the body of <c>PUT /v1/catalog/register</c>: a node, optionally one
/// service on it, and any number of checks, all applied under a single Raft index.
/// </summary>
/// <param name="Node">Node name (case-insensitive, as in Consul).</param>
/// <param name="Address">Node address; required unless <see cref="SkipNodeUpdate"/> is set.</param>
public sealed record CatalogRegistration(string Node, string Address)
{
    /// <summary>Node ID (a UUID); empty for catalog-only nodes. <value>Default: empty.</value></summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Node tagged addresses (plain strings). <value>Default: null, emitted as <c>null</c>.</value></summary>
    public IReadOnlyDictionary<string, string>? TaggedAddresses { get; init; }

    /// <summary>Node meta. <value>Default: null, emitted as <c>null</c>.</value></summary>
    public IReadOnlyDictionary<string, string>? NodeMeta { get; init; }

    /// <summary>The service to register on the node. <value>Default: none.</value></summary>
    public ServiceRegistration? Service { get; init; }

    /// <summary>Checks to register; a check whose <c>ServiceId</c> is empty is a node check. <value>Default: none.</value></summary>
    public IReadOnlyList<CheckRegistration> Checks { get; init; } = [];

    /// <summary>Keep the stored node fields as they are. <value>Default: false.</value></summary>
    public bool SkipNodeUpdate { get; init; }
}
