namespace Renderer.Core.Catalog;

/// <summary>One health check as templates see it: <c>{ id, name, status, output, service_id }</c>.</summary>
public sealed record InstanceCheck
{
    private const string NodeMaintenanceId = "_node_maintenance";
    private const string ServiceMaintenancePrefix = "_service_maintenance:";

    /// <summary>The check ID, unique on its node.</summary>
    public required string Id { get; init; }

    /// <summary>The check's display name.</summary>
    public required string Name { get; init; }

    /// <summary>The check's status.</summary>
    /// <value>Default <see cref="HealthStatus.Passing"/>.</value>
    public HealthStatus Status { get; init; } = HealthStatus.Passing;

    /// <summary>The output of the last run.</summary>
    /// <value>Default empty.</value>
    public string Output { get; init; } = "";

    /// <summary>The ID of the service the check belongs to; empty for a node check.</summary>
    /// <value>Default empty. <see cref="ServiceInstance.Create"/> sets it from where the check is stored.</value>
    public string ServiceId { get; init; } = "";

    /// <summary>
    /// Whether this is one of the checks Consul adds for maintenance mode (<c>_node_maintenance</c>,
    /// <c>_service_maintenance:&lt;id&gt;</c>); Go's <c>api.HealthChecks.AggregatedStatus</c> ranks these
    /// above critical, and template-api.md counts them as critical.
    /// </summary>
    public bool IsMaintenance =>
        Id == NodeMaintenanceId || Id.StartsWith(ServiceMaintenancePrefix, StringComparison.Ordinal);

    /// <summary>
    /// The status this check contributes to its instance: <see cref="HealthStatus.Critical"/> for a maintenance
    /// check whatever its recorded status (Consul stores them as critical; a hand-written catalog might not).
    /// </summary>
    public HealthStatus EffectiveStatus => IsMaintenance ? HealthStatus.Critical : Status;
}
