namespace Renderer.Consul.Tests.Contract;

/// <content>KV reads (spec §6.9). KV handlers set no <c>X-Consul-Effective-Consistency</c>.</content>
public sealed partial class ConsulContract
{
    public async Task A_key_is_read_with_its_value_and_its_modify_index_as_the_index()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        await data.PutKeyAsync("nginx/domain", "example.org", deadline.Token);
        using var client = CreateClient();

        var read = await client.GetKeyAsync(data.Key("nginx/domain"), cancellationToken: deadline.Token);

        Assert.NotNull(read.Value);
        Assert.Equal((data.Key("nginx/domain"), "example.org"), (read.Value.Key, read.Value.GetValueAsString()));
        Assert.Equal(read.Value.ModifyIndex, read.Meta.LastIndex);
        AssertReadMeta(read.Meta, consistency: "");
    }

    public async Task A_missing_key_is_null_with_an_index_to_block_on()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        using var client = CreateClient();

        var read = await client.GetKeyAsync(data.Key("missing"), cancellationToken: deadline.Token);

        Assert.Null(read.Value);
        AssertReadMeta(read.Meta, consistency: "");
    }

    public async Task A_key_tree_lists_every_key_with_the_string_prefix_in_key_order()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        foreach (var key in new[] { "app/bc", "app/b/c", "app/a", "other" })
        {
            await data.PutKeyAsync(key, "v-" + key, deadline.Token);
        }

        using var client = CreateClient();

        var tree = await client.GetKeyTreeAsync(data.Key("app/b"), cancellationToken: deadline.Token);

        Assert.Equal([data.Key("app/b/c"), data.Key("app/bc")], tree.Value.Select(p => p.Key));
        Assert.Equal(["v-app/b/c", "v-app/bc"], tree.Value.Select(p => p.GetValueAsString()));
        Assert.Equal(tree.Value.Max(p => p.ModifyIndex), tree.Meta.LastIndex);
    }

    public async Task Key_names_with_a_separator_stop_after_the_next_separator()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        foreach (var key in new[] { "app/x", "app/y/1", "app/y/2", "app/z/deep/er" })
        {
            await data.PutKeyAsync(key, "v", deadline.Token);
        }

        using var client = CreateClient();

        var all = await client.GetKeyNamesAsync(data.Key("app/"), cancellationToken: deadline.Token);
        var level = await client.GetKeyNamesAsync(data.Key("app/"), separator: "/", cancellationToken: deadline.Token);

        Assert.Equal(["app/x", "app/y/1", "app/y/2", "app/z/deep/er"], all.Value.Select(k => k[data.KeyPrefix.Length..]));
        Assert.Equal(["app/x", "app/y/", "app/z/"], level.Value.Select(k => k[data.KeyPrefix.Length..]));
    }

    public async Task A_missing_prefix_is_an_empty_list_with_an_index()
    {
        await using var data = target.BeginTest();
        using var deadline = Deadline();
        using var client = CreateClient();

        var tree = await client.GetKeyTreeAsync(data.Key("none/"), cancellationToken: deadline.Token);
        var names = await client.GetKeyNamesAsync(data.Key("none/"), cancellationToken: deadline.Token);

        Assert.Empty(tree.Value);
        Assert.Empty(names.Value);
        Assert.True(tree.Meta.LastIndex > 0 && names.Meta.LastIndex > 0);
    }
}
