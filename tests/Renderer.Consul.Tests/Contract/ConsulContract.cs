using Renderer.Consul.Blocking;
using Xunit.Abstractions;

namespace Renderer.Consul.Tests.Contract;

/// <summary>
/// What Renderer's client relies on from Consul (spec §1, §5, §6), written once against <see cref="IConsulTarget"/>.
/// <see cref="SimulatorContractTests"/> runs it against the simulator, <see cref="RealConsulContractTests"/> against
/// the agent in <c>CONSUL_HTTP_ADDR</c>. Each public method is one test; the facets are split by API area.
/// </summary>
public sealed partial class ConsulContract(IConsulTarget target, ITestOutputHelper output)
{
    private const string Passing = "passing";
    private const string Critical = "critical";

    private static BlockingQueryOptions Watch(TimeSpan wait) =>
        new() { WaitTime = wait, RateLimitInterval = TimeSpan.Zero };

    /// <summary>Cancels a test that hangs; every test awaits with its token.</summary>
    private static CancellationTokenSource Deadline() => new(ContractDefaults.TestTimeout);

    private ConsulClient CreateClient()
    {
        output.WriteLine($"Target: {target.Description}");
        return new ConsulClient(target.ClientOptions);
    }

    /// <summary>The meta headers every catalog and health read carries (spec §2.1, §13.5).</summary>
    private static void AssertReadMeta(QueryMeta meta, string consistency = "leader")
    {
        Assert.True(meta.LastIndex > 0, "X-Consul-Index is present and never 0");
        Assert.True(meta.KnownLeader, "X-Consul-KnownLeader: true");
        Assert.Equal(consistency, meta.ConsistencyLevel);
        Assert.Equal("blocking-query", meta.QueryBackend);
        Assert.Contains(meta.DefaultAclPolicy, new[] { "allow", "deny" });
    }

    private static async Task<string> AgentDatacenterAsync(ConsulClient client, CancellationToken cancellationToken) =>
        (await client.GetAgentSelfAsync(cancellationToken: cancellationToken)).Value.Config.Datacenter;
}
