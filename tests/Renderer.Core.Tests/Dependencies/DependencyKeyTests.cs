using Renderer.Core.Catalog;
using Renderer.Core.Dependencies;

namespace Renderer.Core.Tests.Dependencies;

public sealed class DependencyKeyTests
{
    public static TheoryData<DependencyKey, string> CanonicalTexts => new()
    {
        { DependencyKey.ForServices(), "services" },
        { DependencyKey.ForServices("dc2"), "services(@dc2)" },
        { DependencyKey.ForService("web"), "service(web, passing)" },
        { DependencyKey.ForService("web", "http", "dc1", HealthFilter.Parse("warning,passing")), "service(http.web@dc1, passing,warning)" },
        { DependencyKey.ForKey("app/config"), "key(app/config)" },
        { DependencyKey.ForKeyPrefix("app"), "key_prefix(app/)" },
        { DependencyKey.ForKeyPrefix(""), "key_prefix(/)" },
        { DependencyKey.ForNodes(), "nodes" },
        { DependencyKey.ForNodes("dc2"), "nodes(@dc2)" },
        { DependencyKey.ForDatacenters(), "datacenters" },
    };

    [Theory]
    [MemberData(nameof(CanonicalTexts))]
    public void Each_kind_has_a_canonical_text(DependencyKey key, string text)
    {
        Assert.Equal(text, key.ToString());
    }

    [Fact]
    public void A_parsed_argument_prints_back_in_its_template_form()
    {
        Assert.Equal("service(http.web@dc1, any)", DependencyKey.ParseService("http.web@dc1", "any").ToString());
    }

    [Fact]
    public void Keys_parsed_from_equal_arguments_are_equal_and_hash_alike()
    {
        var first = DependencyKey.ParseService("http.web@dc1", "passing,warning");
        var second = DependencyKey.ParseService("http.web@dc1", "warning, passing");

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void The_health_filter_is_part_of_a_service_key()
    {
        Assert.NotEqual(DependencyKey.ParseService("web"), DependencyKey.ParseService("web", "any"));
    }

    [Fact]
    public void The_datacenter_is_part_of_a_key()
    {
        Assert.NotEqual(DependencyKey.ForServices(), DependencyKey.ForServices("dc1"));
    }

    [Fact]
    public void A_key_and_a_key_prefix_of_the_same_path_are_different_dependencies()
    {
        Assert.NotEqual(DependencyKey.ForKey("app"), DependencyKey.ForKeyPrefix("app"));
    }

    [Fact]
    public void A_service_key_built_directly_refuses_an_empty_name()
    {
        Assert.Throws<QueryArgumentException>(() => DependencyKey.ForService(""));
    }
}
