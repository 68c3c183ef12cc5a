namespace Renderer.ConsulSimulator.Filtering;

/// <summary>What a selector points at, which decides the operators it accepts.</summary>
internal enum FilterKind
{
    String,
    Integer,
    Boolean,
    StringList,
    Map,
    Struct,
    StructList,

    /// <summary>A field that exists in Consul but the simulator does not filter on (Proxy, Connect).</summary>
    Unsupported,
}
