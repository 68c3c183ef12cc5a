namespace Renderer.Consul.Tests.Contract;

/// <content>Agent and status reads (spec §6.10, §6.11): no blocking, no index.</content>
public sealed partial class ConsulContract
{
    public async Task Status_leader_names_the_leader_as_host_and_port_and_carries_no_index()
    {
        using var deadline = Deadline();
        using var client = CreateClient();

        var leader = await client.GetLeaderAsync(cancellationToken: deadline.Token);

        Assert.Matches(@"^\S+:\d+$", leader.Value);
        Assert.Equal(0UL, leader.Meta.LastIndex);
    }

    public async Task Agent_self_names_the_datacenter_node_and_version()
    {
        using var deadline = Deadline();
        using var client = CreateClient();

        var self = await client.GetAgentSelfAsync(cancellationToken: deadline.Token);

        var config = self.Value.Config;
        output.WriteLine($"Agent: node {config.NodeName} in {config.Datacenter}, Consul {config.Version}");
        Assert.NotEmpty(config.Datacenter);
        Assert.NotEmpty(config.NodeName);
        Assert.Matches(@"^\d+\.\d+\.\d+", config.Version);
        Assert.Equal(0UL, self.Meta.LastIndex);
    }
}
