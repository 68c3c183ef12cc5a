using System.Text;
using Renderer.Core.Catalog;
using Renderer.Core.Snapshots;

namespace Renderer.Core.Tests.Snapshots;

public sealed class CatalogFileReaderTests
{
    [Fact]
    public void A_minimal_file_gets_the_documented_defaults()
    {
        var snapshot = Read("""{ "nodes": [ { "node": "n1", "address": "10.0.0.1", "services": [ { "name": "web" } ] } ] }""");

        var node = Assert.Single(snapshot.LocalDatacenter.Nodes);
        var service = Assert.Single(node.Services);
        Assert.Equal("dc1", snapshot.LocalDatacenter.Name);
        Assert.Equal(("web", "", 0), (service.Id, service.Address, service.Port));
        Assert.Equal(ServiceWeights.Default, service.Weights);
        Assert.True(service.Tags.IsEmpty && service.Meta.IsEmpty && service.Checks.IsEmpty);
        Assert.True(snapshot.LocalDatacenter.Kv.IsEmpty && snapshot.RemoteDatacenters.IsEmpty);
    }

    [Fact]
    public void An_empty_object_is_an_empty_catalog_of_dc1()
    {
        var snapshot = Read("{}");

        Assert.Equal("dc1", snapshot.LocalDatacenter.Name);
        Assert.Empty(snapshot.LocalDatacenter.Nodes);
    }

    [Fact]
    public void Every_field_is_read_as_written()
    {
        var snapshot = Read("""
            { "datacenter": "eu", "kv": { "a/b": "c" },
              "nodes": [ { "node": "n1", "address": "10.0.0.1", "meta": { "rack": "r1" }, "tagged_addresses": { "lan": "10.0.0.1" },
                "checks": [ { "id": "serfHealth", "status": "warning", "output": "slow" } ],
                "services": [ { "id": "web-1", "name": "web", "tags": ["b", "a"], "address": "172.17.0.2", "port": 8080,
                  "meta": { "v": "1" }, "weights": { "passing": 5, "warning": 0 } } ] } ] }
            """);

        var node = Assert.Single(snapshot.LocalDatacenter.Nodes);
        var service = Assert.Single(node.Services);
        Assert.Equal(("eu", "c"), (snapshot.LocalDatacenter.Name, snapshot.LocalDatacenter.Kv["a/b"]));
        Assert.Equal(("r1", "10.0.0.1"), (node.Meta["rack"], node.TaggedAddresses["lan"]));
        Assert.Equal(new InstanceCheck { Id = "serfHealth", Name = "serfHealth", Status = HealthStatus.Warning, Output = "slow" }, Assert.Single(node.Checks));
        Assert.Equal(("web-1", "web", "172.17.0.2", 8080, "1"), (service.Id, service.Name, service.Address, service.Port, service.Meta["v"]));
        Assert.Equal(["b", "a"], service.Tags.ToArray());
        Assert.Equal(new ServiceWeights(5, 0), service.Weights);
    }

    [Fact]
    public void A_service_check_without_id_or_name_gets_the_consul_agent_id_and_name()
    {
        var check = Assert.Single(ReadService("""{ "id": "web-1", "name": "web", "checks": [ { "status": "critical" } ] }""").Checks);

        Assert.Equal(("service:web-1", "Service 'web' check", HealthStatus.Critical, "web-1"), (check.Id, check.Name, check.Status, check.ServiceId));
    }

    [Fact]
    public void Several_unnamed_service_checks_are_numbered_from_one()
    {
        var checks = ReadService("""{ "name": "web", "checks": [ {}, { "id": "custom" }, {} ] }""").Checks;

        Assert.Equal(["service:web:1", "custom", "service:web:3"], checks.Select(check => check.Id));
    }

    [Fact]
    public void A_check_id_and_name_default_to_each_other()
    {
        var checks = ReadService("""{ "name": "web", "checks": [ { "id": "only-id" }, { "name": "only name" } ] }""").Checks;

        Assert.Equal([("only-id", "only-id"), ("only name", "only name")], checks.Select(check => (check.Id, check.Name)));
    }

    [Fact]
    public void A_check_status_defaults_to_passing()
    {
        Assert.Equal(HealthStatus.Passing, Assert.Single(ReadService("""{ "name": "web", "checks": [ { "id": "c" } ] }""").Checks).Status);
    }

    [Fact]
    public void Remote_datacenters_are_read_with_their_nodes_and_kv()
    {
        var snapshot = Read("""{ "remote_datacenters": [ { "datacenter": "dc2", "nodes": [ { "node": "far", "address": "10.9.0.1" } ], "kv": { "k": "v" } } ] }""");

        var remote = Assert.Single(snapshot.RemoteDatacenters);
        Assert.Equal(("dc2", "far", "v"), (remote.Name, Assert.Single(remote.Nodes).Name, remote.Kv["k"]));
    }

    [Fact]
    public void Null_is_the_same_as_an_absent_property()
    {
        var service = ReadService("""{ "id": null, "name": "web", "tags": null, "port": null, "meta": null, "weights": null, "checks": null }""");

        Assert.Equal(("web", 0, ServiceWeights.Default), (service.Id, service.Port, service.Weights));
    }

    [Fact]
    public void A_null_kv_value_is_the_empty_value()
    {
        Assert.Equal("", Read("""{ "kv": { "folder/": null } }""").LocalDatacenter.Kv["folder/"]);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_accepted()
    {
        var snapshot = Read("""
            // the lab cluster
            { "nodes": [ { "node": "n1", /* primary */ "address": "10.0.0.1", }, ], }
            """);

        Assert.Equal("n1", Assert.Single(snapshot.LocalDatacenter.Nodes).Name);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{ "datacenter": "dc7" }""")];

        Assert.Equal("dc7", CatalogFileReader.Parse(bytes, "bom.json").LocalDatacenter.Name);
    }

    [Fact]
    public async Task ReadAsync_reads_the_file_at_the_path()
    {
        var directory = Directory.CreateTempSubdirectory("renderer-catalog-");
        try
        {
            var path = Path.Combine(directory.FullName, "catalog.json");
            await File.WriteAllTextAsync(path, """{ "datacenter": "disk" }""");

            var snapshot = await CatalogFileReader.ReadAsync(path);

            Assert.Equal("disk", snapshot.LocalDatacenter.Name);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ReadAsync_names_the_file_path_in_problems()
    {
        var directory = Directory.CreateTempSubdirectory("renderer-catalog-");
        try
        {
            var path = Path.Combine(directory.FullName, "broken.json");
            await File.WriteAllTextAsync(path, "[]");

            var error = await Assert.ThrowsAsync<CatalogFileException>(() => CatalogFileReader.ReadAsync(path));

            Assert.Equal(path, error.FilePath);
            Assert.Contains($"{path}(1,1): error: $: expected an object, found an array", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static CatalogSnapshot Read(string json) => CatalogFileReader.Parse(json, "test.json");

    private static CatalogService ReadService(string serviceJson) =>
        Assert.Single(Assert.Single(Read($$"""{ "nodes": [ { "node": "n1", "address": "10.0.0.1", "services": [ {{serviceJson}} ] } ] }""").LocalDatacenter.Nodes).Services);
}
