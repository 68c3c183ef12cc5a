using Renderer.ConsulSimulator.State;
using Renderer.ConsulSimulator.Tests.Support;

namespace Renderer.ConsulSimulator.Tests.State;

/// <summary>The seed JSON documented in the simulator's README, and its error messages.</summary>
public sealed class SimulatorSeedTests
{
    private static readonly string SeedFile = Path.Combine(AppContext.BaseDirectory, "Seeds", "seed-000-three-nodes.json");

    [Fact]
    public async Task The_three_node_seed_serves_the_articles_catalog()
    {
        await using var harness = await Harness.StartAsync(Harness.FastOptions with { Seed = SimulatorSeed.Load(SeedFile) });

        var services = await harness.GetAsync("/v1/catalog/services");
        var front = await harness.GetAsync("/v1/health/service/httpfront?passing");
        var domain = await harness.GetAsync("/v1/kv/nginx/domain?raw");

        Assert.Equal("{\"consul\":[],\"httpbackend\":[],\"httpfront\":[\"http\"],\"tcpfront-9999\":[\"tcp\"]}", services.Body);
        var endpoints = front.Json.EnumerateArray()
            .Select(e => $"{e.GetProperty("Node").GetProperty("Address").GetString()}:{e.GetProperty("Service").GetProperty("Port").GetInt32()}")
            .Order();
        Assert.Equal(["192.168.0.129:32769", "192.168.0.130:32768", "192.168.0.131:32768"], endpoints);
        Assert.Equal("tonybai.com", domain.Body);
    }

    [Fact]
    public async Task The_seed_example_in_the_README_loads_and_serves()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "README.md"));
        var section = readme[readme.IndexOf("## Seed file", StringComparison.Ordinal)..];
        var start = section.IndexOf("```json", StringComparison.Ordinal) + "```json".Length;
        var json = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];

        await using var harness = await Harness.StartAsync(Harness.FastOptions with { Seed = SimulatorSeed.Parse(json, "README.md") });

        var entry = (await harness.GetAsync("/v1/health/service/httpfront")).Json[0];
        Assert.Equal("r1", entry.GetProperty("Node").GetProperty("Meta").GetProperty("rack").GetString());
        Assert.Equal(2, entry.GetProperty("Checks").GetArrayLength());
    }

    [Theory]
    [InlineData("""{"Nodes":[{"Address":"10.0.0.1"}]}""", "seed.json: error: $.Nodes[0]: missing required property \"Node\"")]
    [InlineData("""{"Nodes":[{"Node":"n","Address":"a","Services":[{"Service":"s","Prot":1}]}]}""",
        "seed.json: error: $.Nodes[0].Services[0]: unknown property \"Prot\" (expected one of: ID, Service, Tags, Address, Port, Meta, Weights, EnableTagOverride, Kind, Checks)")]
    [InlineData("""{"Nodes":[{"Node":"n","Address":"a","Services":[{"Service":"s","Port":"80"}]}]}""", "seed.json: error: $.Nodes[0].Services[0].Port: must be an integer, got \"80\"")]
    [InlineData("""{"Nodes":[{"Node":"n","Address":"a","Checks":[{"CheckID":"c","Status":"ok"}]}]}""", "seed.json: error: $.Nodes[0].Checks[0].Status: must be passing, warning or critical, got \"ok\"")]
    [InlineData("""{"KV":{"a":1}}""", "seed.json: error: $.KV[\"a\"]: must be a string, got 1")]
    [InlineData("{\"Nodes\": [\n  {\"Node\": }\n]}", "seed.json(2,12): error: invalid JSON:")]
    public void Bad_seeds_are_reported_with_file_and_position_or_path(string json, string message)
    {
        var error = Assert.Throws<SeedFormatException>(() => SimulatorSeed.Parse(json, "seed.json"));

        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void A_missing_seed_file_names_the_path()
    {
        var error = Assert.Throws<SeedFormatException>(() => SimulatorSeed.Load("/nonexistent/seed.json"));

        Assert.StartsWith("/nonexistent/seed.json: cannot read the seed file:", error.Message);
    }
}
