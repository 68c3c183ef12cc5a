using System.Text;
using Renderer.Consul.Models;
using Renderer.Consul.Tests.Support;

namespace Renderer.Consul.Tests.Serialization;

/// <summary>Consul-shaped payloads (spec §6, §7), including its nulls and omitted zero fields (spec §4).</summary>
public sealed class JsonToleranceTests
{
    // Spec §6.3, verbatim apart from the elided ID.
    private const string HealthServiceSample = """
        [{"Node":{"ID":"40e4a748-2192-161a-0510-9bf59fe950b5","Node":"consul-1","Address":"192.168.0.129","Datacenter":"dc1",
                  "TaggedAddresses":{"lan":"192.168.0.129","lan_ipv4":"192.168.0.129",
                                     "wan":"192.168.0.129","wan_ipv4":"192.168.0.129"},
                  "Meta":{"consul-network-segment":"","consul-version":"1.x.y"},
                  "CreateIndex":5,"ModifyIndex":5},
          "Service":{"ID":"httpfront-1","Service":"httpfront","Tags":["http"],"Address":"",
                     "Meta":{},"Port":32769,"Weights":{"Passing":1,"Warning":1},
                     "EnableTagOverride":false,"Proxy":{"Mode":"","MeshGateway":{},"Expose":{}},
                     "Connect":{},"PeerName":"","CreateIndex":20,"ModifyIndex":20},
          "Checks":[{"Node":"consul-1","CheckID":"serfHealth","Name":"Serf Health Status",
                     "Status":"passing","Notes":"","Output":"Agent alive and reachable",
                     "ServiceID":"","ServiceName":"","ServiceTags":[],"Type":"","Interval":"",
                     "Timeout":"","ExposedPort":0,"Definition":{},"CreateIndex":6,"ModifyIndex":6}]}]
        """;

    private static async Task<QueryResult<T>> Read<T>(string body, Func<ConsulClient, Task<QueryResult<T>>> read)
    {
        using var harness = new ClientHarness(_ => Respond.Json(body, index: 9));
        return await read(harness.Client);
    }

    [Fact]
    public async Task The_spec_health_service_sample_decodes_node_service_and_checks()
    {
        var entry = Assert.Single((await Read(HealthServiceSample, c => c.GetHealthServiceAsync("httpfront"))).Value);

        Assert.Equal("consul-1", entry.Node.Name);
        Assert.Equal("40e4a748-2192-161a-0510-9bf59fe950b5", entry.Node.Id);
        Assert.Equal("192.168.0.129", entry.Node.TaggedAddresses["wan_ipv4"]);
        Assert.Equal("1.x.y", entry.Node.Meta["consul-version"]);
        Assert.Equal("httpfront-1", entry.Service.Id);
        Assert.Equal("httpfront", entry.Service.Name);
        Assert.Equal(["http"], entry.Service.Tags);
        Assert.Equal("", entry.Service.Address);
        Assert.Equal(32769, entry.Service.Port);
        Assert.Equal(new ServiceWeights(Passing: 1, Warning: 1), entry.Service.Weights);
        var check = Assert.Single(entry.Checks);
        Assert.Equal("serfHealth", check.CheckId);
        Assert.Equal(HealthStatus.Passing, check.Status);
        Assert.Equal("", check.ServiceId);
    }

    [Fact]
    public async Task Null_arrays_and_maps_become_empty_ones()
    {
        const string body = """
            [{"Node":{"Node":"n1","Address":"10.0.0.1","TaggedAddresses":null,"Meta":null},
              "Service":{"ID":"a","Service":"a","Tags":null,"Meta":null,"TaggedAddresses":null,"Weights":null},
              "Checks":null}]
            """;

        var entry = Assert.Single((await Read(body, c => c.GetHealthServiceAsync("a"))).Value);

        Assert.Empty(entry.Node.TaggedAddresses);
        Assert.Empty(entry.Node.Meta);
        Assert.Empty(entry.Service.Tags);
        Assert.Empty(entry.Service.Meta);
        Assert.Empty(entry.Service.TaggedAddresses);
        Assert.Equal(ServiceWeights.Default, entry.Service.Weights);
        Assert.Empty(entry.Checks);
    }

    [Fact]
    public async Task Omitted_zero_fields_take_their_defaults()
    {
        const string body = """[{"Node":{"Node":"n1","Address":"10.0.0.1"},"Service":{"ID":"a","Service":"a"}}]""";

        var entry = Assert.Single((await Read(body, c => c.GetHealthServiceAsync("a"))).Value);

        Assert.Equal(0, entry.Service.Port);
        Assert.Equal("", entry.Service.Kind);
        Assert.Equal("", entry.Node.Id);
        Assert.Empty(entry.Service.Tags);
        Assert.Empty(entry.Checks);
    }

    [Fact]
    public async Task Service_tagged_addresses_are_address_and_port_objects()
    {
        const string body = """
            [{"Node":{"Node":"n1"},"Service":{"ID":"a","Service":"a",
              "TaggedAddresses":{"lan_ipv4":{"Address":"10.0.0.5","Port":8080}}}}]
            """;

        var entry = Assert.Single((await Read(body, c => c.GetHealthServiceAsync("a"))).Value);

        Assert.Equal(new ServiceTaggedAddress { Address = "10.0.0.5", Port = 8080 }, entry.Service.TaggedAddresses["lan_ipv4"]);
    }

    [Fact]
    public async Task Unknown_fields_from_newer_consul_versions_are_skipped()
    {
        const string body = """[{"Node":{"Node":"n1","Locality":{"Region":"r"},"Future":[1,2]},"Service":{"ID":"a","Service":"a","SomethingNew":true}}]""";

        var entry = Assert.Single((await Read(body, c => c.GetHealthServiceAsync("a"))).Value);

        Assert.Equal("n1", entry.Node.Name);
    }

    [Fact]
    public async Task The_catalog_services_map_tolerates_null_tag_arrays()
    {
        const string body = """{"consul":[],"httpfront":["http"],"legacy":null}""";

        var services = (await Read(body, c => c.GetCatalogServicesAsync())).Value;

        Assert.Equal(["consul", "httpfront", "legacy"], services.Keys.Order());
        Assert.Equal(["http"], services["httpfront"]);
        Assert.Empty(services["legacy"]);
    }

    [Fact]
    public async Task A_catalog_service_row_is_flat_with_service_prefixed_fields()
    {
        const string body = """
            [{"ID":"n-id","Node":"consul-1","Address":"192.168.0.129","Datacenter":"dc1","TaggedAddresses":null,
              "NodeMeta":null,"ServiceKind":"","ServiceID":"web-1","ServiceName":"web","ServiceTags":["v1"],
              "ServiceAddress":"10.0.0.9","ServiceWeights":{"Passing":10,"Warning":1},"ServiceMeta":{"team":"a"},
              "ServicePort":8080,"ServiceSocketPath":"","ServiceEnableTagOverride":false,"ServiceProxy":{},
              "ServiceConnect":{},"ServiceLocality":null,"CreateIndex":10,"ModifyIndex":11}]
            """;

        var row = Assert.Single((await Read(body, c => c.GetCatalogServiceAsync("web"))).Value);

        Assert.Equal("consul-1", row.Node);
        Assert.Equal("web-1", row.ServiceId);
        Assert.Equal(["v1"], row.ServiceTags);
        Assert.Equal(8080, row.ServicePort);
        Assert.Equal(10, row.ServiceWeights.Passing);
        Assert.Equal("a", row.ServiceMeta["team"]);
        Assert.Empty(row.NodeMeta);
        Assert.Equal(11UL, row.ModifyIndex);
    }

    [Fact]
    public async Task An_unknown_service_is_an_empty_list()
    {
        var result = await Read("[]", c => c.GetHealthServiceAsync("nope"));

        Assert.Empty(result.Value);
        Assert.Equal(9UL, result.Meta.LastIndex);
    }

    [Fact]
    public async Task A_top_level_null_list_is_an_empty_list()
    {
        Assert.Empty((await Read("null", c => c.GetCatalogNodesAsync())).Value);
    }

    [Fact]
    public async Task An_unknown_node_is_null_with_its_index()
    {
        var result = await Read("null", c => c.GetCatalogNodeAsync("ghost"));

        Assert.Null(result.Value);
        Assert.Equal(9UL, result.Meta.LastIndex);
    }

    [Fact]
    public async Task A_catalog_node_maps_service_ids_to_services()
    {
        const string body = """
            {"Node":{"Node":"n1","Address":"10.0.0.1"},
             "Services":{"web-1":{"ID":"web-1","Service":"web","Tags":[],"Port":80},"db":{"ID":"db","Service":"db"}}}
            """;

        var node = (await Read(body, c => c.GetCatalogNodeAsync("n1"))).Value;

        Assert.NotNull(node);
        Assert.Equal("n1", node.Node.Name);
        Assert.Equal(80, node.Services["web-1"].Port);
        Assert.Equal("db", node.Services["db"].Name);
    }

    [Fact]
    public async Task A_kv_entry_value_is_base64_decoded_and_flags_are_unsigned_64_bit()
    {
        const string body = """[{"LockIndex":0,"Key":"a/b","Flags":18446744073709551615,"Value":"aGVsbG8=","CreateIndex":100,"ModifyIndex":200}]""";

        var pair = (await Read(body, c => c.GetKeyAsync("a/b"))).Value;

        Assert.NotNull(pair);
        Assert.Equal("hello", pair.GetValueAsString());
        Assert.Equal(Encoding.UTF8.GetBytes("hello"), pair.Value);
        Assert.Equal(ulong.MaxValue, pair.Flags);
        Assert.Equal(200UL, pair.ModifyIndex);
        Assert.Equal("", pair.Session);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    public async Task An_empty_kv_value_is_an_empty_byte_array_whether_null_or_empty_string(string value)
    {
        var body = $$"""[{"Key":"a","Value":{{value}},"CreateIndex":1,"ModifyIndex":1}]""";

        var pair = (await Read(body, c => c.GetKeyAsync("a"))).Value;

        Assert.NotNull(pair);
        Assert.Empty(pair.Value);
    }

    [Fact]
    public async Task Key_names_and_datacenters_are_string_lists()
    {
        Assert.Equal(["a/x", "a/y/"], (await Read("""["a/x","a/y/"]""", c => c.GetKeyNamesAsync("a/", "/"))).Value);
        Assert.Equal(["dc1", "dc2"], (await Read("""["dc1","dc2"]""", c => c.GetDatacentersAsync())).Value);
    }

    [Fact]
    public async Task The_leader_is_a_json_string_and_empty_when_there_is_none()
    {
        Assert.Equal("10.1.10.12:8300", (await Read("\"10.1.10.12:8300\"", c => c.GetLeaderAsync())).Value);
        Assert.Equal("", (await Read("\"\"", c => c.GetLeaderAsync())).Value);
    }

    [Fact]
    public async Task Agent_self_reads_config_and_member_and_skips_the_unstable_parts()
    {
        const string body = """
            {"Config":{"Datacenter":"dc1","PrimaryDatacenter":"dc1","NodeName":"foobar",
                       "NodeID":"9d754d17-d864-b1d3-e758-f3fe25a9874f","Revision":"deadbeef","Server":true,
                       "Version":"1.21.0","BuildDate":"2025-01-01T00:00:00Z"},
             "DebugConfig":{"Anything":[1,{"x":null}]},"Coord":{"Vec":[0.1],"Error":1.5,"Adjustment":0,"Height":1e-05},
             "Member":{"Name":"foobar","Addr":"10.1.10.12","Port":8301,"Tags":{"role":"consul"},"Status":1},
             "Stats":{},"Meta":{"consul-network-segment":""}}
            """;

        var self = (await Read(body, c => c.GetAgentSelfAsync())).Value;

        Assert.Equal("dc1", self.Config.Datacenter);
        Assert.Equal("foobar", self.Config.NodeName);
        Assert.Equal("9d754d17-d864-b1d3-e758-f3fe25a9874f", self.Config.NodeId);
        Assert.True(self.Config.Server);
        Assert.Equal("1.21.0", self.Config.Version);
        Assert.Equal(8301, self.Member?.Port);
        Assert.Equal("consul", self.Member?.Tags["role"]);
        Assert.True(self.Meta.ContainsKey("consul-network-segment"));
    }

    [Fact]
    public async Task Health_checks_decode_their_service_fields_and_tolerate_null_service_tags()
    {
        const string body = """
            [{"Node":"n1","CheckID":"service:web-1","Name":"web check","Status":"critical","Notes":"","Output":"timeout",
              "ServiceID":"web-1","ServiceName":"web","ServiceTags":null,"Type":"http","Interval":"10s","Timeout":"1s",
              "ExposedPort":0,"Definition":{"HTTP":"http://x","Interval":"10s"},"CreateIndex":3,"ModifyIndex":4}]
            """;

        var check = Assert.Single((await Read(body, c => c.GetHealthChecksAsync("web"))).Value);

        Assert.Equal("service:web-1", check.CheckId);
        Assert.Equal(HealthStatus.Critical, check.Status);
        Assert.Equal("http", check.Type);
        Assert.Equal("10s", check.Interval);
        Assert.Empty(check.ServiceTags);
    }
}
