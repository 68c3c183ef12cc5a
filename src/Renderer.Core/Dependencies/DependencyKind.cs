namespace Renderer.Core.Dependencies;

/// <summary>What a dependency watches; each kind is one Consul query.</summary>
public enum DependencyKind
{
    /// <summary><c>services</c>: <c>/v1/catalog/services</c>.</summary>
    Services,

    /// <summary><c>service</c>: <c>/v1/health/service/:name</c>.</summary>
    Service,

    /// <summary><c>key</c> and <c>key_or_default</c>: <c>/v1/kv/:key</c>.</summary>
    Key,

    /// <summary><c>ls</c> and <c>tree</c>: <c>/v1/kv/:prefix?recurse</c>; both read the same query.</summary>
    KeyPrefix,

    /// <summary><c>nodes</c>: <c>/v1/catalog/nodes</c>.</summary>
    Nodes,

    /// <summary><c>datacenters</c>: <c>/v1/catalog/datacenters</c>.</summary>
    Datacenters,
}
