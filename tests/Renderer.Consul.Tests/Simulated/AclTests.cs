using Renderer.Consul.Exceptions;
using Renderer.ConsulSimulator;
using Renderer.ConsulSimulator.Acl;

namespace Renderer.Consul.Tests.Simulated;

/// <summary>ACL refusals (spec §9, §8: 403) surface at once as <see cref="ConsulAclException"/>, after one request.</summary>
public sealed class AclTests
{
    private const string ReaderToken = "reader-secret";

    // No retry is expected; should one happen anyway it would wait on the fake clock, which nobody moves here.
    private static readonly TimeSpan AtOnce = TimeSpan.FromSeconds(10);

    private static Task<SimulatedClient> StartAsync(string token) =>
        SimulatedClient.StartAsync(
            new SimulatorOptions
            {
                JitterEnabled = false,
                Acl = new AclOptions
                {
                    Tokens = [new AclToken(ReaderToken, AclPolicy.ServiceRead("").Union(AclPolicy.KeyRead("app/")))],
                },
            },
            new ConsulClientOptions { Token = token });

    [Fact]
    public async Task An_unknown_token_fails_at_once_with_acl_not_found()
    {
        await using var harness = await StartAsync("no-such-token");

        var error = await Assert.ThrowsAsync<ConsulAclException>(
            () => harness.Client.GetHealthServiceAsync("web").WaitAsync(AtOnce));

        Assert.Equal("ACL not found", error.Reason);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal(1, harness.Simulator.Counters.TotalRequests);
        Assert.Single(harness.Wire.Requests);
        Assert.DoesNotContain("no-such-token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_without_permission_fails_at_once_with_permission_denied()
    {
        await using var harness = await StartAsync(ReaderToken);

        var error = await Assert.ThrowsAsync<ConsulAclException>(
            () => harness.Client.GetKeyAsync("secret/db-password").WaitAsync(AtOnce));

        Assert.StartsWith("Permission denied", error.Reason, StringComparison.Ordinal);
        Assert.Contains("key:read", error.Reason, StringComparison.Ordinal);
        Assert.Equal(1, harness.Simulator.Counters.TotalRequests);
    }

    [Fact]
    public async Task The_same_token_reads_what_its_policy_allows()
    {
        await using var harness = await StartAsync(ReaderToken);
        harness.Simulator.Datacenter.PutKey("app/config", "on");

        var read = await harness.Client.GetKeyAsync("app/config").WaitAsync(AtOnce);

        Assert.Equal("on", read.Value?.GetValueAsString());
        Assert.Equal("deny", read.Meta.DefaultAclPolicy);
    }
}
