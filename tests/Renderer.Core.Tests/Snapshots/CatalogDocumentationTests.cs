using System.Text.Json;
using Renderer.Core.Catalog;
using Renderer.Core.Snapshots;

namespace Renderer.Core.Tests.Snapshots;

/// <summary>The format document, the schema and the sample catalogs say what the reader does.</summary>
public sealed class CatalogDocumentationTests
{
    private const string FormatDoc = "docs/catalog-format.md";

    public static TheoryData<string> SampleCatalogs => [.. RepositoryFiles.SampleCatalogs()];

    [Fact]
    public void The_example_in_the_format_doc_parses_into_what_the_doc_says()
    {
        var example = MarkdownBlocks.Fenced(RepositoryFiles.ReadText(FormatDoc), "json")[0];

        var queries = new CatalogQueries(CatalogFileReader.Parse(example, FormatDoc));

        Assert.Equal(["dc1", "dc2"], queries.Datacenters().ToArray());
        Assert.Equal(["consul", "httpfront", "star"], queries.Services().Select(service => service.Name));
        Assert.Equal("consul-1:httpfront:80", Assert.Single(queries.Service("httpfront")).Id);
        Assert.Equal("service:consul-2:httpfront:80", queries.Service("httpfront", filter: HealthFilter.Any)[1].Checks[0].Id);
        Assert.Equal(HealthStatus.Critical, Assert.Single(queries.Service("star", filter: HealthFilter.Any)).Status);
        Assert.Equal("10.0.1.19", queries.Service("star", filter: HealthFilter.Any)[0].Address);
        Assert.Equal(["keepalive"], queries.Ls("nginx/tuning").Select(entry => entry.Key));
    }

    [Fact]
    public void The_error_example_in_the_format_doc_gives_the_documented_report()
    {
        var markdown = RepositoryFiles.ReadText(FormatDoc);
        var broken = MarkdownBlocks.Fenced(markdown, "json")[1];
        var expected = MarkdownBlocks.Fenced(markdown, "text")[0];

        var error = Assert.Throws<CatalogFileException>(() => CatalogFileReader.Parse(broken, "samples/x/catalog.json"));

        Assert.Equal(expected.TrimEnd('\n'), error.Message.Replace(Environment.NewLine, "\n", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SampleCatalogs))]
    public async Task Every_sample_catalog_parses_and_round_trips(string relativePath)
    {
        var snapshot = await CatalogFileReader.ReadAsync(RepositoryFiles.PathOf(relativePath));

        var written = CatalogFileWriter.Write(snapshot);

        Assert.Equal(written, CatalogFileWriter.Write(CatalogFileReader.Parse(written, relativePath)));
        Assert.NotEmpty(new CatalogQueries(snapshot).Services());
    }

    [Fact]
    public async Task The_http_upstreams_sample_holds_the_seed_table()
    {
        var queries = await QueriesOf("samples/http-upstreams/catalog.json");

        Assert.Equal(
            ["consul[]", "httpbackend[]", "httpfront[http]", "tcpfront-9999[tcp]"],
            queries.Services().Select(service => $"{service.Name}[{string.Join(",", service.Tags)}]"));
        Assert.Equal(["consul-1 192.168.0.129", "consul-2 192.168.0.130", "consul-3 192.168.0.131"], queries.Nodes().Select(node => $"{node.Node} {node.Address}"));
        Assert.Equal(["192.168.0.129:32769", "192.168.0.130:32768", "192.168.0.131:32768"], Addresses(queries.Service("httpfront")));
        Assert.Equal(["192.168.0.129:32770", "192.168.0.130:32769", "192.168.0.131:32769"], Addresses(queries.Service("tcpfront-9999")));
        Assert.Equal(["192.168.0.129:8081", "192.168.0.130:8081", "192.168.0.131:8081"], Addresses(queries.Service("httpbackend")));
        Assert.Equal(["192.168.0.129:8300", "192.168.0.130:8300", "192.168.0.131:8300"], Addresses(queries.Service("consul")));
    }

    [Fact]
    public async Task The_passing_only_sample_has_healthy_and_failing_star_instances()
    {
        var queries = await QueriesOf("samples/passing-only/catalog.json");

        Assert.Equal(2, queries.Service("star").Length);
        Assert.Contains(queries.Service("star", filter: HealthFilter.Any), instance => instance.Status == HealthStatus.Critical);
    }

    [Fact]
    public async Task The_all_down_variant_has_star_instances_but_none_passing()
    {
        var queries = await QueriesOf("samples/passing-only/catalog-all-down.json");

        Assert.NotEmpty(queries.Service("star", filter: HealthFilter.Any));
        Assert.Empty(queries.Service("star"));
    }

    [Fact]
    public async Task The_json_dependency_sample_gives_the_seed_addresses_of_service2()
    {
        var queries = await QueriesOf("samples/json-dependency-file/catalog.json");

        Assert.Equal(["1.1.1.1:80", "2.2.2.2:80"], Addresses(queries.Service("service2")));
    }

    [Fact]
    public async Task The_include_fragment_sample_has_tomcat_on_8080_on_two_hosts()
    {
        var queries = await QueriesOf("samples/include-fragment/catalog.json");

        Assert.Equal(["192.168.100.131:8080", "192.168.100.132:8080"], Addresses(queries.Service("tomcat")));
    }

    [Theory]
    [InlineData("#", """{ "zz": 1 }""")]
    [InlineData("#/$defs/remoteDatacenter", """{ "remote_datacenters": [ { "datacenter": "x", "zz": 1 } ] }""")]
    [InlineData("#/$defs/node", """{ "nodes": [ { "node": "n", "address": "a", "zz": 1 } ] }""")]
    [InlineData("#/$defs/service", """{ "nodes": [ { "node": "n", "address": "a", "services": [ { "name": "s", "zz": 1 } ] } ] }""")]
    [InlineData("#/$defs/service/properties/weights", """{ "nodes": [ { "node": "n", "address": "a", "services": [ { "name": "s", "weights": { "zz": 1 } } ] } ] }""")]
    [InlineData("#/$defs/check", """{ "nodes": [ { "node": "n", "address": "a", "checks": [ { "id": "c", "zz": 1 } ] } ] }""")]
    public void The_schema_allows_exactly_the_properties_the_reader_accepts(string schemaPointer, string fileWithUnknownProperty)
    {
        var problem = Assert.Single(Assert.Throws<CatalogFileException>(() => CatalogFileReader.Parse(fileWithUnknownProperty, "t.json")).Problems);
        var accepted = problem.Message[(problem.Message.IndexOf("expected one of: ", StringComparison.Ordinal) + 17)..].Split(", ");

        Assert.Equal(accepted, SchemaPropertyNames(schemaPointer));
    }

    private static async Task<CatalogQueries> QueriesOf(string relativePath) =>
        new(await CatalogFileReader.ReadAsync(RepositoryFiles.PathOf(relativePath)));

    private static string[] Addresses(IEnumerable<ServiceInstance> instances) =>
        [.. instances.Select(instance => $"{instance.Address}:{instance.Port}")];

    private static string[] SchemaPropertyNames(string pointer)
    {
        using var schema = JsonDocument.Parse(RepositoryFiles.ReadText("docs/catalog.schema.json"));
        var element = schema.RootElement;
        foreach (var segment in pointer.Split('/').Skip(1))
        {
            element = element.GetProperty(segment);
        }

        return [.. element.GetProperty("properties").EnumerateObject().Select(property => property.Name)];
    }
}
