using Renderer.Core.Catalog;
using Renderer.Core.Watching;
using static Renderer.Core.Tests.Watching.ConsulEntries;

namespace Renderer.Core.Tests.Watching;

public sealed class ConsulDataMapperKvTests
{
    [Fact]
    public void A_prefix_answer_becomes_keys_relative_to_the_prefix_sorted_without_folders()
    {
        var data = ConsulDataMapper.KeyPrefix("app/", [Pair("app/port", "8080"), Pair("app/", null), Pair("app/limits/", null), Pair("app/limits/rate", "10"), Pair("app/name", "shop")]);

        Assert.Equal<KvEntry>([new KvEntry("limits/rate", "10"), new KvEntry("name", "shop"), new KvEntry("port", "8080")], data.Entries);
    }

    [Fact]
    public void Keys_outside_the_prefix_folder_are_left_out()
    {
        // Consul's ?recurse is a plain string prefix; a prefix here is a folder.
        var data = ConsulDataMapper.KeyPrefix("app/", [Pair("app/name", "shop"), Pair("application/name", "other"), Pair("app", "itself")]);

        Assert.Equal<KvEntry>([new KvEntry("name", "shop")], data.Entries);
    }

    [Fact]
    public void The_root_prefix_keeps_every_key()
    {
        var data = ConsulDataMapper.KeyPrefix("", [Pair("b", "2"), Pair("a/x", "1")]);

        Assert.Equal(["a/x", "b"], data.Entries.Select(entry => entry.Key));
    }

    [Fact]
    public void An_empty_consul_value_becomes_the_empty_string()
    {
        Assert.Equal("", ConsulDataMapper.KeyPrefix("app/", [Pair("app/empty", null)]).Entries[0].Value);
    }

    [Fact]
    public void A_key_answer_is_the_value_decoded_as_utf8()
    {
        Assert.Equal("café", ConsulDataMapper.Key(Pair("app/name", "café")).Value);
    }

    [Fact]
    public void A_key_consul_does_not_have_is_known_to_be_absent()
    {
        Assert.Null(ConsulDataMapper.Key(null).Value);
    }
}
