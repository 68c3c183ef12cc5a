using System.Net;
using Renderer.ConsulSimulator.Acl;
using Renderer.ConsulSimulator.Tests.Support;

namespace Renderer.ConsulSimulator.Tests.Acl;

/// <summary>Spec §8/§9: token sources and precedence, 403 bodies, silent filtering of reads.</summary>
public sealed class AclTests
{
    private const string Reader = "reader-secret";
    private const string Writer = "writer-secret";
    private const string WebOnly = "web-only-secret";

    private static readonly AclOptions Acl = new()
    {
        Tokens =
        [
            new AclToken(Reader, AclPolicy.ReadAll) { AccessorId = "11111111-1111-1111-1111-111111111111" },
            new AclToken(Writer, AclPolicy.WriteAll),
            new AclToken(WebOnly, AclPolicy.ServiceRead("web").Union(AclPolicy.KeyRead("web/"))) { AccessorId = "22222222-2222-2222-2222-222222222222" },
        ],
    };

    private static async Task<Harness> StartAsync()
    {
        var harness = await Harness.StartAsync(Harness.FastOptions with { Acl = Acl });
        harness.Datacenter.AddService("node-1", "10.0.0.1", "web");
        harness.Datacenter.AddService("node-2", "10.0.0.2", "db");
        harness.Datacenter.PutKey("web/config", "a");
        harness.Datacenter.PutKey("db/config", "b");
        return harness;
    }

    [Fact]
    public async Task An_unknown_token_is_a_403_ACL_not_found()
    {
        await using var harness = await StartAsync();

        var reply = await harness.GetAsync("/v1/health/service/web", r => r.Headers.Add("X-Consul-Token", "wrong"));

        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
        Assert.Equal("ACL not found", reply.Body);
        Assert.Equal("deny", reply.Header("X-Consul-Default-ACL-Policy"));
    }

    [Theory]
    [InlineData("header")]
    [InlineData("bearer")]
    [InlineData("query")]
    public async Task The_token_is_read_from_header_bearer_or_query(string source)
    {
        await using var harness = await StartAsync();

        var reply = await harness.GetAsync(source == "query" ? $"/v1/kv/db/config?token={Reader}" : "/v1/kv/db/config", r =>
        {
            if (source == "header")
            {
                r.Headers.Add("X-Consul-Token", Reader);
            }
            else if (source == "bearer")
            {
                r.Headers.TryAddWithoutValidation("Authorization", "bearer " + Reader);
            }
        });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
    }

    [Fact]
    public async Task The_query_token_wins_over_the_header()
    {
        await using var harness = await StartAsync();

        var reply = await harness.GetAsync("/v1/kv/db/config?token=unknown", r => r.Headers.Add("X-Consul-Token", Reader));

        Assert.Equal("ACL not found", reply.Body);
    }

    [Fact]
    public async Task Reads_are_filtered_silently_and_flagged_when_a_token_was_sent()
    {
        await using var harness = await StartAsync();

        var services = await harness.GetAsync("/v1/catalog/services", r => r.Headers.Add("X-Consul-Token", WebOnly));
        var anonymous = await harness.GetAsync("/v1/catalog/services");

        Assert.Equal(HttpStatusCode.OK, services.Status);
        Assert.Equal("{\"web\":[]}", services.Body);
        Assert.Equal("true", services.Header("X-Consul-Results-Filtered-By-ACLs"));
        Assert.Equal("{}", anonymous.Body);
        Assert.Null(anonymous.Header("X-Consul-Results-Filtered-By-ACLs"));
    }

    [Fact]
    public async Task A_key_the_token_cannot_read_is_a_403_naming_the_accessor_and_permission()
    {
        await using var harness = await StartAsync();

        var denied = await harness.GetAsync("/v1/kv/db/config", r => r.Headers.Add("X-Consul-Token", WebOnly));
        var anonymous = await harness.GetAsync("/v1/kv/db/config");

        Assert.Equal(HttpStatusCode.Forbidden, denied.Status);
        Assert.Equal("Permission denied: token with AccessorID '22222222-2222-2222-2222-222222222222' lacks permission 'key:read' on \"db/config\"", denied.Body);
        Assert.Equal(
            "Permission denied: anonymous token lacks permission 'key:read' on \"db/config\". The anonymous token is used implicitly when a request does not specify a token.",
            anonymous.Body);
    }

    [Fact]
    public async Task A_recursive_read_leaves_out_keys_the_token_cannot_read()
    {
        await using var harness = await StartAsync();

        var reply = await harness.GetAsync("/v1/kv/?recurse", r => r.Headers.Add("X-Consul-Token", WebOnly));

        Assert.Equal("web/config", reply.Json.EnumerateArray().Single().GetProperty("Key").GetString());
    }

    [Fact]
    public async Task Writes_need_write_permission()
    {
        await using var harness = await StartAsync();

        var readOnly = await harness.PutAsync("/v1/kv/web/config", "x", r => r.Headers.Add("X-Consul-Token", Reader));
        var allowed = await harness.PutAsync("/v1/kv/web/config", "x", r => r.Headers.Add("X-Consul-Token", Writer));
        var register = await harness.PutAsync("/v1/agent/service/register", """{"Name":"web"}""", r => r.Headers.Add("X-Consul-Token", Reader));

        Assert.Equal(HttpStatusCode.Forbidden, readOnly.Status);
        Assert.Equal("Permission denied: token with AccessorID '11111111-1111-1111-1111-111111111111' lacks permission 'key:write' on \"web/config\"", readOnly.Body);
        Assert.Equal("true", allowed.Body);
        Assert.Equal(HttpStatusCode.Forbidden, register.Status);
    }

    [Fact]
    public async Task An_allow_default_policy_lets_the_anonymous_token_read()
    {
        await using var harness = await Harness.StartAsync(Harness.FastOptions with { Acl = Acl with { DefaultPolicy = AclAccess.Write } });

        var reply = await harness.GetAsync("/v1/catalog/nodes");

        Assert.Equal("allow", reply.Header("X-Consul-Default-ACL-Policy"));
        Assert.Equal(1, reply.Json.GetArrayLength());
    }
}
