using Renderer.ConsulSimulator.Http;

namespace Renderer.ConsulSimulator.Endpoints;

/// <summary>Every endpoint the simulator serves, with the methods Consul allows on it (verbs enforced since 1.0).</summary>
internal static class RouteTable
{
    private static readonly string[] Get = ["GET"];
    private static readonly string[] Put = ["PUT"];

    public static IReadOnlyList<ConsulRoute> Routes { get; } =
    [
        new("/v1/agent/self", Get, AgentSelfEndpoint.GetAsync),
        new("/v1/agent/maintenance", Put, AgentServiceEndpoints.NodeMaintenanceAsync),
        new("/v1/agent/service/register", Put, AgentServiceEndpoints.RegisterAsync),
        new(AgentServiceEndpoints.DeregisterPrefix, Put, AgentServiceEndpoints.DeregisterAsync),
        new(AgentServiceEndpoints.MaintenancePrefix, Put, AgentServiceEndpoints.MaintenanceAsync),
        new(AgentCheckEndpoints.PassPrefix, Put, AgentCheckEndpoints.PassAsync),
        new(AgentCheckEndpoints.WarnPrefix, Put, AgentCheckEndpoints.WarnAsync),
        new(AgentCheckEndpoints.FailPrefix, Put, AgentCheckEndpoints.FailAsync),
        new(AgentCheckEndpoints.UpdatePrefix, Put, AgentCheckEndpoints.UpdateBodyAsync),
        new("/v1/catalog/register", Put, CatalogWriteEndpoints.RegisterAsync),
        new("/v1/catalog/deregister", Put, CatalogWriteEndpoints.DeregisterAsync),
        new("/v1/catalog/datacenters", Get, CatalogReadEndpoints.DatacentersAsync),
        new("/v1/catalog/nodes", Get, CatalogReadEndpoints.NodesAsync),
        new("/v1/catalog/services", Get, CatalogReadEndpoints.ServicesAsync),
        new(CatalogReadEndpoints.ServicePrefix, Get, CatalogReadEndpoints.ServiceAsync),
        new(CatalogReadEndpoints.NodePrefix, Get, CatalogReadEndpoints.NodeAsync),
        new(HealthEndpoints.NodePrefix, Get, HealthEndpoints.NodeAsync),
        new(HealthEndpoints.ChecksPrefix, Get, HealthEndpoints.ChecksAsync),
        new(HealthEndpoints.StatePrefix, Get, HealthEndpoints.StateAsync),
        new(HealthEndpoints.ServicePrefix, Get, HealthEndpoints.ServiceAsync),
        new(KvEndpoints.Prefix, ["GET", "PUT", "DELETE"], KvEndpoints.HandleAsync),
        new("/v1/status/leader", Get, StatusEndpoints.LeaderAsync),
        new("/v1/status/peers", Get, StatusEndpoints.PeersAsync),
    ];
}
