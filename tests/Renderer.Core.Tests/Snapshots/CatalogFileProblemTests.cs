using Renderer.Core.Snapshots;

namespace Renderer.Core.Tests.Snapshots;

public sealed class CatalogFileProblemTests
{
    [Fact]
    public void A_missing_required_property_is_reported_at_its_object()
    {
        var problem = Single("""{ "nodes": [ { "address": "10.0.0.1" } ] }""");

        Assert.Equal(("$.nodes[0]", 1, 14, "missing required property \"node\""), (problem.JsonPath, problem.Line, problem.Column, problem.Message));
    }

    [Fact]
    public void An_empty_service_name_is_reported_at_its_value()
    {
        var problem = Single(Service("""{ "name": "" }"""));

        Assert.Equal(("$.nodes[0].services[0].name", "\"name\" must not be empty"), (problem.JsonPath, problem.Message));
    }

    [Theory]
    [InlineData("70000", "70000 is out of range; expected an integer from 0 to 65535")]
    [InlineData("-1", "-1 is out of range; expected an integer from 0 to 65535")]
    [InlineData("80.5", "expected an integer from 0 to 65535, found the number 80.5")]
    [InlineData("\"80\"", "expected an integer from 0 to 65535, found a string")]
    [InlineData("99999999999999999999", "expected an integer from 0 to 65535, found the number 99999999999999999999")]
    public void A_port_that_is_not_an_integer_from_0_to_65535_is_reported(string port, string message)
    {
        var problem = Single(Service($$"""{ "name": "web", "port": {{port}} }"""));

        Assert.Equal(("$.nodes[0].services[0].port", message), (problem.JsonPath, problem.Message));
    }

    [Fact]
    public void An_unknown_status_is_reported_at_its_value_with_the_accepted_ones()
    {
        var problem = Single(Service("""{ "name": "web", "checks": [ { "id": "c", "status": "ok" } ] }"""));

        Assert.Equal("$.nodes[0].services[0].checks[0].status", problem.JsonPath);
        Assert.Equal("status \"ok\" is not a check status; expected \"passing\", \"warning\" or \"critical\"", problem.Message);
    }

    [Fact]
    public void A_status_in_another_case_is_reported_because_consul_writes_lower_case()
    {
        Assert.StartsWith("status \"Passing\" is not a check status", Single(Service("""{ "name": "web", "checks": [ { "id": "c", "status": "Passing" } ] }""")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_maintenance_status_is_reported_with_how_to_write_maintenance()
    {
        var problem = Single(Service("""{ "name": "web", "checks": [ { "id": "c", "status": "maintenance" } ] }"""));

        Assert.EndsWith("maintenance is a critical check with the ID \"_node_maintenance\" or \"_service_maintenance:<service id>\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_services_with_one_id_on_a_node_are_reported_pointing_at_the_first()
    {
        var problem = Single("""
            { "nodes": [ { "node": "n1", "address": "10.0.0.1", "services": [
              { "name": "web", "port": 80 },
              { "name": "web", "port": 81 } ] } ] }
            """);

        Assert.Equal(("$.nodes[0].services[1].id", 3, 3), (problem.JsonPath, problem.Line, problem.Column));
        Assert.Equal("service ID \"web\" is used twice on node \"n1\" (first at line 2, column 3); give each instance its own \"id\"", problem.Message);
    }

    [Fact]
    public void One_service_id_on_two_nodes_is_fine()
    {
        var snapshot = CatalogFileReader.Parse(
            """{ "nodes": [ { "node": "a", "address": "1", "services": [ { "name": "web" } ] }, { "node": "b", "address": "2", "services": [ { "name": "web" } ] } ] }""",
            "test.json");

        Assert.Equal(2, snapshot.LocalDatacenter.Nodes.Length);
    }

    [Fact]
    public void Two_nodes_with_one_name_are_reported()
    {
        var problem = Single("""{ "nodes": [ { "node": "n1", "address": "1" }, { "node": "n1", "address": "2" } ] }""");

        Assert.Equal(("$.nodes[1].node", "node \"n1\" is given twice in datacenter \"dc1\" (first at line 1, column 24)"), (problem.JsonPath, problem.Message));
    }

    [Fact]
    public void One_check_id_on_a_node_check_and_a_service_check_is_reported()
    {
        var problem = Single("""{ "nodes": [ { "node": "n1", "address": "1", "checks": [ { "id": "c1" } ], "services": [ { "name": "web", "checks": [ { "id": "c1" } ] } ] } ] }""");

        Assert.Equal("$.nodes[0].services[0].checks[0].id", problem.JsonPath);
        Assert.StartsWith("check ID \"c1\" is used twice on node \"n1\" (first at line 1, column 66)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_node_check_without_id_or_name_is_reported()
    {
        var problem = Single("""{ "nodes": [ { "node": "n1", "address": "1", "checks": [ { "status": "critical" } ] } ] }""");

        Assert.Equal(("$.nodes[0].checks[0]", "a node check needs an \"id\" or a \"name\""), (problem.JsonPath, problem.Message));
    }

    [Fact]
    public void An_unknown_property_is_reported_at_its_name_with_the_accepted_ones()
    {
        var problem = Single(Service("""{ "name": "web", "adress": "10.0.0.9" }"""));

        Assert.Equal("$.nodes[0].services[0].adress", problem.JsonPath);
        Assert.Equal("unknown property \"adress\"; expected one of: id, name, tags, address, port, meta, weights, checks", problem.Message);
    }

    [Fact]
    public void A_property_given_twice_is_reported_at_the_second()
    {
        var problem = Single("""{ "datacenter": "a", "datacenter": "b" }""");

        Assert.Equal(("$.datacenter", 1, 22, "property \"datacenter\" is given twice (first at line 1, column 3)"), (problem.JsonPath, problem.Line, problem.Column, problem.Message));
    }

    [Theory]
    [InlineData("""{ "kv": { "/app/x": "1" } }""", "$.kv['/app/x']", "KV key \"/app/x\" starts with '/'; Consul keys do not (write \"app/x\")")]
    [InlineData("""{ "kv": { "": "1" } }""", "$.kv['']", "a KV key must not be empty")]
    [InlineData("""{ "kv": { "a": 1 } }""", "$.kv.a", "expected a string value, found the number 1")]
    [InlineData("""{ "kv": { "a\u0007": "1" } }""", "$.kv['a\\u0007']", "KV key \"a\\u0007\" contains the control character U+0007")]
    [InlineData("""{ "kv": { "a\u0000": "1" } }""", "$.kv['a\\u0000']", "KV key \"a\\0\" contains the control character U+0000")]
    public void An_invalid_kv_entry_is_reported(string json, string path, string message)
    {
        var problem = Single(json);

        Assert.Equal((path, message), (problem.JsonPath, problem.Message));
    }

    [Fact]
    public void A_meta_value_that_is_not_a_string_is_reported()
    {
        var problem = Single("""{ "nodes": [ { "node": "n1", "address": "1", "meta": { "rack": 7 } } ] }""");

        Assert.Equal(("$.nodes[0].meta.rack", "expected a string, found the number 7"), (problem.JsonPath, problem.Message));
    }

    [Fact]
    public void An_empty_tag_is_reported()
    {
        Assert.Equal("$.nodes[0].services[0].tags[1]", Single(Service("""{ "name": "web", "tags": ["http", ""] }""")).JsonPath);
    }

    [Theory]
    [InlineData("""{ "weights": { "passing": 0 } }""", "$.weights.passing")]
    [InlineData("""{ "weights": { "warning": -1 } }""", "$.weights.warning")]
    public void A_weight_below_what_consul_accepts_is_reported(string weights, string path)
    {
        var service = weights.Replace("{ \"weights\"", "{ \"name\": \"web\", \"weights\"", StringComparison.Ordinal);

        Assert.Equal("$.nodes[0].services[0]" + path[1..], Single(Service(service)).JsonPath);
    }

    [Fact]
    public void A_remote_datacenter_with_the_local_name_is_reported()
    {
        var problem = Single("""{ "datacenter": "dc1", "remote_datacenters": [ { "datacenter": "dc1" } ] }""");

        Assert.Equal(("$.remote_datacenters[0].datacenter", "datacenter \"dc1\" is given twice (first at line 1, column 17)"), (problem.JsonPath, problem.Message));
    }

    [Fact]
    public void A_datacenter_name_with_an_at_sign_is_reported()
    {
        Assert.StartsWith("datacenter name \"dc@1\" contains '@'", Single("""{ "datacenter": "dc@1" }""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_datacenter_name_with_a_nul_character_is_reported()
    {
        Assert.StartsWith("datacenter name \"dc\\0\" contains U+0000", Single("""{ "datacenter": "dc\u0000" }""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_in_file_order()
    {
        var error = Fail("""
            {
              "datacenter": "",
              "nodes": [
                { "node": "n1", "address": "1",
                  "services": [ { "name": "web", "port": 70000, "checks": [ { "id": "c", "status": "up" } ] } ] },
                { "address": "2", "colour": "blue" }
              ]
            }
            """);

        Assert.Equal(
            ["$.datacenter", "$.nodes[0].services[0].port", "$.nodes[0].services[0].checks[0].status", "$.nodes[1]", "$.nodes[1].colour"],
            error.Problems.Select(problem => problem.JsonPath));
    }

    [Fact]
    public void The_message_lists_every_problem_as_a_compiler_style_line()
    {
        var error = Fail("""{ "nodes": [ { "node": "", "address": "" } ] }""");

        Assert.Equal(
            "Catalog file \"test.json\" has 2 problems (format: docs/catalog-format.md):\n" +
            "  test.json(1,24): error: $.nodes[0].node: \"node\" must not be empty\n" +
            "  test.json(1,39): error: $.nodes[0].address: \"address\" must not be empty",
            error.Message.Replace(Environment.NewLine, "\n", StringComparison.Ordinal));
    }

    private static string Service(string serviceJson) =>
        $$"""{ "nodes": [ { "node": "n1", "address": "10.0.0.1", "services": [ {{serviceJson}} ] } ] }""";

    private static CatalogFileException Fail(string json) =>
        Assert.Throws<CatalogFileException>(() => CatalogFileReader.Parse(json, "test.json"));

    private static CatalogFileProblem Single(string json) => Assert.Single(Fail(json).Problems);
}
