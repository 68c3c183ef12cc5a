using Renderer.Core.Dependencies;

namespace Renderer.Core.Tests.Dependencies;

public sealed class DependencySetTests
{
    private static readonly DependencyKey Web = DependencyKey.ParseService("web");
    private static readonly DependencyKey Api = DependencyKey.ParseService("api");
    private static readonly DependencyKey Config = DependencyKey.ParseKey("app/config");

    [Fact]
    public void Keys_keep_the_order_of_first_use()
    {
        var set = new DependencySet();

        set.Add(Web);
        set.Add(Config);
        set.Add(Api);

        Assert.Equal([Web, Config, Api], set);
    }

    [Fact]
    public void Adding_an_equal_key_again_keeps_one_copy_in_its_first_place()
    {
        var set = new DependencySet([Web, Api]);

        var added = set.Add(DependencyKey.ParseService("web"));

        Assert.False(added);
        Assert.Equal([Web, Api], set);
    }

    [Fact]
    public void Sets_with_the_same_keys_in_another_order_are_set_equal()
    {
        Assert.True(new DependencySet([Web, Api, Config]).SetEquals(new DependencySet([Config, Web, Api])));
    }

    [Fact]
    public void Contains_finds_a_key_by_value()
    {
        Assert.True(new DependencySet([Web]).Contains(DependencyKey.ForService("web")));
    }

    [Fact]
    public void The_immutable_copy_does_not_change_when_the_set_grows()
    {
        var set = new DependencySet([Web]);
        var copy = set.ToImmutableArray();

        set.Add(Api);

        Assert.Equal([Web], copy.ToArray());
        Assert.Equal(2, set.Count);
    }
}
