namespace Renderer.ConsulSimulator.Filtering;

/// <summary>The selectors each endpoint's filter accepts, rooted at its result element (spec §3.1).</summary>
internal static class FilterSchemas
{
    private static readonly FilterType Weights = FilterType.Struct(("Passing", FilterType.Integer), ("Warning", FilterType.Integer));

    private static readonly FilterType ServiceAddress = FilterType.Struct(("Address", FilterType.String), ("Port", FilterType.Integer));

    /// <summary>structs.Node: <c>/v1/catalog/nodes</c> and <c>Node.*</c> of health entries.</summary>
    public static FilterType Node { get; } = FilterType.Struct(
        ("ID", FilterType.String), ("Node", FilterType.String), ("Address", FilterType.String),
        ("Datacenter", FilterType.String), ("TaggedAddresses", FilterType.StringMap), ("Meta", FilterType.StringMap));

    /// <summary>structs.NodeService: <c>Service.*</c> of health entries, values of <c>/v1/catalog/node/:n</c>.</summary>
    public static FilterType NodeService { get; } = FilterType.Struct(
        ("Kind", FilterType.String), ("ID", FilterType.String), ("Service", FilterType.String), ("Tags", FilterType.StringList),
        ("Address", FilterType.String), ("TaggedAddresses", FilterType.MapOf(ServiceAddress)), ("Meta", FilterType.StringMap),
        ("Port", FilterType.Integer), ("SocketPath", FilterType.String), ("Weights", Weights),
        ("EnableTagOverride", FilterType.Boolean), ("Proxy", FilterType.Unsupported), ("Connect", FilterType.Unsupported),
        ("PeerName", FilterType.String));

    /// <summary>structs.HealthCheck: <c>/v1/health/checks</c>, <c>/v1/health/state</c>, <c>/v1/health/node</c>.</summary>
    public static FilterType HealthCheck { get; } = FilterType.Struct(
        ("Node", FilterType.String), ("CheckID", FilterType.String), ("Name", FilterType.String), ("Status", FilterType.String),
        ("Notes", FilterType.String), ("Output", FilterType.String), ("ServiceID", FilterType.String),
        ("ServiceName", FilterType.String), ("ServiceTags", FilterType.StringList), ("Type", FilterType.String),
        ("Interval", FilterType.String), ("Timeout", FilterType.String), ("ExposedPort", FilterType.Integer));

    /// <summary>structs.CheckServiceNode: <c>/v1/health/service/:s</c>.</summary>
    public static FilterType HealthEntry { get; } = FilterType.Struct(
        ("Node", Node), ("Service", NodeService), ("Checks", FilterType.ListOf(HealthCheck)));

    /// <summary>structs.ServiceNode: <c>/v1/catalog/service/:s</c> and <c>/v1/catalog/services</c> (before the map is built).</summary>
    public static FilterType ServiceNode { get; } = FilterType.Struct(
        ("ID", FilterType.String), ("Node", FilterType.String), ("Address", FilterType.String), ("Datacenter", FilterType.String),
        ("TaggedAddresses", FilterType.StringMap), ("NodeMeta", FilterType.StringMap), ("ServiceKind", FilterType.String),
        ("ServiceID", FilterType.String), ("ServiceName", FilterType.String), ("ServiceTags", FilterType.StringList),
        ("ServiceAddress", FilterType.String), ("ServiceTaggedAddresses", FilterType.MapOf(ServiceAddress)),
        ("ServiceWeights", Weights), ("ServiceMeta", FilterType.StringMap), ("ServicePort", FilterType.Integer),
        ("ServiceSocketPath", FilterType.String), ("ServiceEnableTagOverride", FilterType.Boolean),
        ("ServiceProxy", FilterType.Unsupported), ("ServiceConnect", FilterType.Unsupported));
}
