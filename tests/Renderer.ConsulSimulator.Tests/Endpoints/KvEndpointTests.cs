using System.Net;
using System.Text.Json;
using Renderer.ConsulSimulator.Tests.Support;

namespace Renderer.ConsulSimulator.Tests.Endpoints;

/// <summary>Spec §6.9: the KV store over HTTP.</summary>
public sealed class KvEndpointTests
{
    [Fact]
    public async Task Put_stores_the_raw_body_and_get_returns_it_base64_encoded()
    {
        await using var harness = await Harness.StartAsync();

        var put = await harness.PutAsync("/v1/kv/app/name?flags=42", "hello");
        var entry = (await harness.GetAsync("/v1/kv/app/name")).Json.EnumerateArray().Single();

        Assert.Equal("true", put.Body);
        Assert.Equal("app/name", entry.GetProperty("Key").GetString());
        Assert.Equal(42UL, entry.GetProperty("Flags").GetUInt64());
        Assert.Equal("aGVsbG8=", entry.GetProperty("Value").GetString());
        Assert.Equal(0, entry.GetProperty("LockIndex").GetInt32());
        Assert.False(entry.TryGetProperty("Session", out _));
    }

    [Fact]
    public async Task An_empty_value_is_null()
    {
        await using var harness = await Harness.StartAsync();
        await harness.PutAsync("/v1/kv/empty");

        var entry = (await harness.GetAsync("/v1/kv/empty")).Json[0];

        Assert.Equal(JsonValueKind.Null, entry.GetProperty("Value").ValueKind);
    }

    [Fact]
    public async Task Raw_returns_the_bytes_as_plain_text_with_protective_headers()
    {
        await using var harness = await Harness.StartAsync();
        harness.Datacenter.PutKey("page", "<b>hi</b>");

        var reply = await harness.GetAsync("/v1/kv/page?raw");

        Assert.Equal("<b>hi</b>", reply.Body);
        Assert.Equal("text/plain", reply.Header("Content-Type"));
        Assert.Equal("nosniff", reply.Header("X-Content-Type-Options"));
        Assert.Equal("sandbox", reply.Header("Content-Security-Policy"));
    }

    [Fact]
    public async Task Recurse_matches_by_string_prefix_sorted_by_key()
    {
        await using var harness = await Harness.StartAsync();
        harness.Datacenter.PutKey("a/c", "3");
        harness.Datacenter.PutKey("a/b", "1");
        harness.Datacenter.PutKey("a/bc", "2");
        harness.Datacenter.PutKey("b", "4");

        var keys = (await harness.GetAsync("/v1/kv/a/b?recurse")).Json.EnumerateArray().Select(e => e.GetProperty("Key").GetString());

        Assert.Equal(["a/b", "a/bc"], keys);
        Assert.Equal(HttpStatusCode.NotFound, (await harness.GetAsync("/v1/kv/zzz/?recurse")).Status);
    }

    [Fact]
    public async Task Keys_with_a_separator_stop_after_the_next_separator()
    {
        await using var harness = await Harness.StartAsync();
        harness.Datacenter.PutKey("a/x", "1");
        harness.Datacenter.PutKey("a/y/1", "2");
        harness.Datacenter.PutKey("a/y/2", "3");

        var flat = await harness.GetAsync("/v1/kv/a/?keys");
        var grouped = await harness.GetAsync("/v1/kv/a/?keys&separator=/");
        var misspelled = await harness.GetAsync("/v1/kv/a/?keys&seperator=/");

        Assert.Equal("[\"a/x\",\"a/y/1\",\"a/y/2\"]", flat.Body);
        Assert.Equal("[\"a/x\",\"a/y/\"]", grouped.Body);
        Assert.Equal(grouped.Body, misspelled.Body);
    }

    [Fact]
    public async Task Keys_of_an_empty_root_is_an_empty_array_but_of_a_missing_prefix_a_404()
    {
        await using var harness = await Harness.StartAsync();

        Assert.Equal("[]", (await harness.GetAsync("/v1/kv/?keys")).Body);
        Assert.Equal(HttpStatusCode.NotFound, (await harness.GetAsync("/v1/kv/nope/?keys")).Status);
    }

    [Fact]
    public async Task Cas_zero_creates_only_and_cas_n_updates_only_that_version()
    {
        await using var harness = await Harness.StartAsync();

        Assert.Equal("true", (await harness.PutAsync("/v1/kv/k?cas=0", "1")).Body);
        Assert.Equal("false", (await harness.PutAsync("/v1/kv/k?cas=0", "2")).Body);
        var index = (await harness.GetAsync("/v1/kv/k")).Index;
        Assert.Equal("false", (await harness.PutAsync($"/v1/kv/k?cas={index + 1}", "3")).Body);
        Assert.Equal("true", (await harness.PutAsync($"/v1/kv/k?cas={index}", "4")).Body);

        Assert.Equal("NA==", (await harness.GetAsync("/v1/kv/k")).Json[0].GetProperty("Value").GetString());
    }

    [Fact]
    public async Task Delete_removes_a_key_or_a_whole_prefix()
    {
        await using var harness = await Harness.StartAsync();
        harness.Datacenter.PutKey("a/1", "1");
        harness.Datacenter.PutKey("a/2", "2");
        harness.Datacenter.PutKey("b", "3");

        var single = await harness.SendAsync(HttpMethod.Delete, "/v1/kv/b", null);
        var tree = await harness.SendAsync(HttpMethod.Delete, "/v1/kv/a/?recurse", null);

        Assert.Equal("true", single.Body);
        Assert.Equal("true", tree.Body);
        Assert.Equal(HttpStatusCode.NotFound, (await harness.GetAsync("/v1/kv/?recurse")).Status);
    }

    [Fact]
    public async Task A_value_over_the_size_limit_is_a_413()
    {
        await using var harness = await Harness.StartAsync(Harness.FastOptions with { KvMaxValueSize = 10 });

        var reply = await harness.PutAsync("/v1/kv/big", new string('x', 11));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
        Assert.StartsWith("Request body(11 bytes) too large, max size: 10 bytes.", reply.Body);
    }

    [Theory]
    [InlineData("/v1/kv/k?cas=1&acquire=s", "Conflicting flags: acquire=s&cas=1\n", 400)]
    [InlineData("/v1/kv/k?flags=x", "strconv.ParseUint: parsing \"x\": invalid syntax", 500)]
    public async Task Bad_put_flags_get_Consuls_errors(string path, string message, int status)
    {
        await using var harness = await Harness.StartAsync();

        var reply = await harness.PutAsync(path, "v");

        Assert.Equal((HttpStatusCode)status, reply.Status);
        Assert.Equal(message, reply.Body);
    }
}
