namespace Renderer.Core.Snapshots;

/// <summary>The property names of the catalog file format, shared by reader and writer (docs/catalog-format.md).</summary>
internal static class CatalogFileNames
{
    public const string Schema = "$schema";
    public const string Datacenter = "datacenter";
    public const string Nodes = "nodes";
    public const string Kv = "kv";
    public const string RemoteDatacenters = "remote_datacenters";

    public const string Node = "node";
    public const string Address = "address";
    public const string Meta = "meta";
    public const string TaggedAddresses = "tagged_addresses";
    public const string Checks = "checks";
    public const string Services = "services";

    public const string Id = "id";
    public const string Name = "name";
    public const string Tags = "tags";
    public const string Port = "port";
    public const string Weights = "weights";
    public const string Passing = "passing";
    public const string Warning = "warning";

    public const string Status = "status";
    public const string Output = "output";

    /// <summary>The default datacenter name, Consul's own default.</summary>
    public const string DefaultDatacenter = "dc1";

    public static readonly string[] RootProperties = [Schema, Datacenter, Nodes, Kv, RemoteDatacenters];
    public static readonly string[] RemoteDatacenterProperties = [Datacenter, Nodes, Kv];
    public static readonly string[] NodeProperties = [Node, Address, Meta, TaggedAddresses, Checks, Services];
    public static readonly string[] ServiceProperties = [Id, Name, Tags, Address, Port, Meta, Weights, Checks];
    public static readonly string[] WeightsProperties = [Passing, Warning];
    public static readonly string[] CheckProperties = [Id, Name, Status, Output];
}
