using Renderer.ConsulSimulator.Http;
using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Endpoints;

/// <summary>The simulated local agent: its node in the primary datacenter and the lookups its endpoints share.</summary>
internal sealed class Agent(Datacenter datacenter, string node, string address)
{
    public Datacenter Datacenter { get; } = datacenter;

    public string Node { get; } = node;

    public static Agent Of(ConsulRequest request) =>
        new(request.Simulator.State.Primary, request.Simulator.State.AgentNode, request.Simulator.Options.NodeAddress);

    /// <summary>A registration on the agent's node that leaves the node row alone.</summary>
    public CatalogRegistration Registration() => new(Node, address) { SkipNodeUpdate = true };

    /// <exception cref="ConsulHttpError">404 as agent.go vetServiceUpdateWithAuthorizer words it.</exception>
    public StoredService RequireService(string serviceId) =>
        Datacenter.FindService(Node, serviceId)
        ?? throw ConsulHttpError.NotFound($"Unknown service ID \"{serviceId}\". Ensure that the service ID is passed, not the service name.");

    /// <exception cref="ConsulHttpError">404 as agent.go vetCheckUpdateWithAuthorizer words it.</exception>
    public StoredCheck RequireCheck(string checkId) =>
        Datacenter.FindCheck(Node, checkId)
        ?? throw ConsulHttpError.NotFound($"Unknown check ID \"{checkId}\". Ensure that the check ID is passed, not the check name.");

    /// <summary>A re-registered check without an explicit status keeps the status and output it had.</summary>
    public IReadOnlyList<CheckRegistration> KeepStatuses(IReadOnlyList<CheckRegistration> checks) =>
        checks.Select(check => check.Status.Length > 0
            ? check
            : Datacenter.FindCheck(Node, check.CheckId) is { } existing
                ? check with { Status = existing.Status, Output = existing.Output }
                : check with { Status = CheckStatus.Critical }).ToList();

    /// <summary><c>replace-existing-checks</c>: drops the service's checks that the new definition does not list.</summary>
    public void RemoveChecksExcept(string serviceId, IReadOnlySet<string> keep)
    {
        var stale = Datacenter.NodeChecks(Node).Value.Where(c => c.ServiceId == serviceId && !keep.Contains(c.CheckId)).ToList();
        foreach (var check in stale)
        {
            Datacenter.DeregisterCheck(Node, check.CheckId);
        }
    }
}
