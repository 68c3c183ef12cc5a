namespace Renderer.ConsulSimulator.State;

/// <summary>
/// Everything a simulator serves: one <see cref="Datacenter"/> per datacenter and the identity of the
/// simulated agent. It outlives a simulator instance, so a restart on the same port can keep it.
/// </summary>
public sealed class SimulatorState
{
    private readonly Dictionary<string, Datacenter> _datacenters;

    private SimulatorState(Datacenter primary, IEnumerable<Datacenter> others, string agentNode, string agentNodeId)
    {
        Primary = primary;
        _datacenters = others.Prepend(primary).ToDictionary(d => d.Name, StringComparer.Ordinal);
        AgentNode = agentNode;
        AgentNodeId = agentNodeId;
    }

    /// <summary>The agent's own datacenter.</summary>
    public Datacenter Primary { get; }

    /// <summary>Every datacenter, the agent's first, then the others sorted by name.</summary>
    public IReadOnlyList<string> DatacenterNames =>
        _datacenters.Keys.Where(k => k != Primary.Name).Order(StringComparer.Ordinal).Prepend(Primary.Name).ToList();

    /// <summary>Name of the simulated agent's node (agent endpoints act on it).</summary>
    public string AgentNode { get; }

    /// <summary>Node ID of the simulated agent.</summary>
    public string AgentNodeId { get; }

    /// <summary>A datacenter by name.</summary>
    /// <exception cref="KeyNotFoundException">No such datacenter.</exception>
    public Datacenter Get(string name) =>
        _datacenters.TryGetValue(name, out var datacenter)
            ? datacenter
            : throw new KeyNotFoundException($"No datacenter \"{name}\"; known: {string.Join(", ", DatacenterNames)}.");

    internal bool TryGet(string name, out Datacenter datacenter) => _datacenters.TryGetValue(name, out datacenter!);

    /// <summary>
    /// Fresh state as an agent in <paramref name="options"/>' datacenter would show it: the agent node
    /// with a passing <c>serfHealth</c> check, the <c>consul</c> service (unless disabled), then the seed.
    /// </summary>
    public static SimulatorState Create(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string leader = "127.0.0.1:8300";
        var primary = new Datacenter(options.Datacenter, options.InitialIndex, leader);
        var others = options.AdditionalDatacenters.Select(name => new Datacenter(name, options.InitialIndex, leader)).ToList();
        var state = new SimulatorState(primary, others, options.NodeName, Guid.NewGuid().ToString());
        primary.Register(state.AgentRegistration(options));
        options.Seed?.ApplyTo(primary);
        return state;
    }

    private CatalogRegistration AgentRegistration(SimulatorOptions options)
    {
        var address = options.NodeAddress;
        return new CatalogRegistration(AgentNode, address)
        {
            Id = AgentNodeId,
            TaggedAddresses = new Dictionary<string, string>
            {
                ["lan"] = address, ["lan_ipv4"] = address, ["wan"] = address, ["wan_ipv4"] = address,
            },
            NodeMeta = new Dictionary<string, string>
            {
                ["consul-network-segment"] = string.Empty, ["consul-version"] = options.Version,
            },
            Service = options.RegisterConsulService ? new ServiceRegistration("consul") { Port = 8300 } : null,
            Checks =
            [
                new CheckRegistration("serfHealth")
                {
                    Name = "Serf Health Status", Status = CheckStatus.Passing, Output = "Agent alive and reachable",
                },
            ],
        };
    }
}
