namespace Renderer.Consul.Models;

/// <summary>
/// One item of <c>/v1/health/service/:service</c> (spec §6.3). <see cref="Checks"/> holds the node-level checks
/// (empty <see cref="HealthCheck.ServiceId"/>) and the instance's own checks.
/// </summary>
public sealed record ServiceEntry
{
    public Node Node { get; init => field = value ?? new Node(); } = new();

    public AgentService Service { get; init => field = value ?? new AgentService(); } = new();

    public IReadOnlyList<HealthCheck> Checks { get; init => field = value ?? []; } = [];
}
