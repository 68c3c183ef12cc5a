namespace Renderer.ConsulSimulator.State;

/// <summary>Names of the state store's max-index entries (spec §5).</summary>
internal static class IndexNames
{
    public const string Nodes = "nodes";
    public const string Services = "services";
    public const string Checks = "checks";
    public const string Kvs = "kvs";
    public const string Tombstones = "tombstones";
    public const string ServiceExtinction = "service_last_extinction";
    public const string NodeExtinction = "node_last_extinction";

    public static string Service(string name) => "service." + name;

    public static string Node(string name) => "node." + name;
}
