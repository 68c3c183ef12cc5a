using Renderer.ConsulSimulator.Acl;
using Renderer.ConsulSimulator.State;
using Renderer.ConsulSimulator.Tls;

namespace Renderer.ConsulSimulator;

/// <summary>How a <see cref="ConsulSimulator"/> listens and behaves. Defaults are Consul's own.</summary>
public sealed record SimulatorOptions
{
    /// <summary>HTTP port on 127.0.0.1; 0 picks a free one. <value>Default: 0.</value></summary>
    public int Port { get; init; }

    /// <summary>The agent's datacenter. <value>Default: <c>dc1</c>.</value></summary>
    public string Datacenter { get; init; } = "dc1";

    /// <summary>Other datacenters reachable through <c>?dc=</c>, each with its own state. <value>Default: none.</value></summary>
    public IReadOnlyList<string> AdditionalDatacenters { get; init; } = [];

    /// <summary>Name of the single simulated agent node. <value>Default: <c>consul-sim</c>.</value></summary>
    public string NodeName { get; init; } = "consul-sim";

    /// <summary>Address of the agent node. <value>Default: <c>127.0.0.1</c>.</value></summary>
    public string NodeAddress { get; init; } = "127.0.0.1";

    /// <summary>Version reported in <c>/v1/agent/self</c> and node meta. <value>Default: <c>1.22.0</c>.</value></summary>
    public string Version { get; init; } = "1.22.0";

    /// <summary>Register the <c>consul</c> service on the agent node, as every real cluster has. <value>Default: true.</value></summary>
    public bool RegisterConsulService { get; init; } = true;

    /// <summary>Raft index before the first write (Consul's first user-visible index is above 1). <value>Default: 10.</value></summary>
    public ulong InitialIndex { get; init; } = 10;

    /// <summary>Block time when <c>wait</c> is absent or ≤ 0 (<c>default_query_time</c>). <value>Default: 5 minutes.</value></summary>
    public TimeSpan DefaultWait { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Cap on <c>wait</c> (<c>max_query_time</c>); lower it for fast tests. <value>Default: 10 minutes.</value></summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Add Consul's random jitter of up to wait/16 to every blocking wait. <value>Default: true.</value></summary>
    public bool JitterEnabled { get; init; } = true;

    /// <summary>Source of jitter samples in [0, 1). <value>Default: <see cref="Random.Shared"/>.</value></summary>
    public Func<double>? JitterSample { get; init; }

    /// <summary>Clock for blocking waits, injected latency, cache ages. <value>Default: <see cref="TimeProvider.System"/>.</value></summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>ACL enforcement; null disables ACLs (default policy <c>allow</c>). <value>Default: null.</value></summary>
    public AclOptions? Acl { get; init; }

    /// <summary>An HTTPS listener next to the HTTP one; null for none. <value>Default: null.</value></summary>
    public TlsOptions? Tls { get; init; }

    /// <summary>Concurrent connections per client IP before the raw 429 (<c>http_max_conns_per_client</c>); 0 disables. <value>Default: 200.</value></summary>
    public int MaxConnectionsPerClient { get; init; } = 200;

    /// <summary>Largest KV value accepted (<c>kv_max_value_size</c>). <value>Default: 524288 bytes.</value></summary>
    public int KvMaxValueSize { get; init; } = 512 * 1024;

    /// <summary>Indent every JSON body, as a <c>-dev</c> agent does. <value>Default: false.</value></summary>
    public bool PrettyJson { get; init; }

    /// <summary>Honour <c>?cached</c> (<c>http_config.use_cache</c>). <value>Default: true.</value></summary>
    public bool UseCache { get; init; } = true;

    /// <summary>Catalog and KV to load into the primary datacenter at start. <value>Default: none.</value></summary>
    public SimulatorSeed? Seed { get; init; }

    internal IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Port is < 0 or > 65535)
        {
            problems.Add($"Port must be between 0 and 65535, got {Port}.");
        }

        if (string.IsNullOrWhiteSpace(Datacenter))
        {
            problems.Add("Datacenter must not be empty.");
        }

        if (AdditionalDatacenters.Contains(Datacenter) || AdditionalDatacenters.Distinct().Count() != AdditionalDatacenters.Count)
        {
            problems.Add($"Datacenter names must be distinct: {string.Join(", ", AdditionalDatacenters.Prepend(Datacenter))}.");
        }

        if (DefaultWait <= TimeSpan.Zero || MaxWait <= TimeSpan.Zero)
        {
            problems.Add($"DefaultWait and MaxWait must be positive, got {DefaultWait} and {MaxWait}.");
        }

        if (MaxConnectionsPerClient < 0 || KvMaxValueSize <= 0)
        {
            problems.Add($"MaxConnectionsPerClient must be ≥ 0 and KvMaxValueSize > 0, got {MaxConnectionsPerClient} and {KvMaxValueSize}.");
        }

        if (Tls is { Port: < 0 or > 65535 })
        {
            problems.Add($"Tls.Port must be between 0 and 65535, got {Tls.Port}.");
        }

        return problems;
    }
}
