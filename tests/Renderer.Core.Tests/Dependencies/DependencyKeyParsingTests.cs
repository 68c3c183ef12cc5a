using Renderer.Core.Catalog;
using Renderer.Core.Dependencies;

namespace Renderer.Core.Tests.Dependencies;

public sealed class DependencyKeyParsingTests
{
    [Theory]
    [InlineData("web", null, "web", null)]
    [InlineData("http.web", "http", "web", null)]
    [InlineData("web@dc2", null, "web", "dc2")]
    [InlineData("http.web@dc2", "http", "web", "dc2")]
    [InlineData("tcpfront-9999", null, "tcpfront-9999", null)]
    public void The_four_service_argument_forms_give_tag_name_and_datacenter(string argument, string? tag, string name, string? datacenter)
    {
        var key = DependencyKey.ParseService(argument);

        Assert.Equal((DependencyKind.Service, tag, name, datacenter), (key.Kind, key.Tag, key.Name, key.Datacenter));
    }

    [Fact]
    public void The_name_is_the_part_after_the_last_dot_so_tags_may_contain_dots()
    {
        var key = DependencyKey.ParseService("v1.2.web@dc1");

        Assert.Equal(("v1.2", "web"), (key.Tag, key.Name));
    }

    [Fact]
    public void A_tag_may_contain_characters_like_equals_and_colon()
    {
        Assert.Equal("traefik.enable=true", DependencyKey.ParseService("traefik.enable=true.web").Tag);
    }

    [Fact]
    public void Without_a_second_argument_the_filter_is_passing()
    {
        Assert.Equal(HealthFilter.Passing, DependencyKey.ParseService("web").Filter);
    }

    [Fact]
    public void The_second_argument_is_parsed_as_the_health_filter()
    {
        Assert.Equal(HealthFilter.Any, DependencyKey.ParseService("web", "any").Filter);
    }

    [Fact]
    public void A_bad_health_filter_is_refused_naming_it()
    {
        var error = Assert.Throws<QueryArgumentException>(() => DependencyKey.ParseService("web", "healthy"));

        Assert.Contains("\"healthy\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Service argument \"\" has no service name")]
    [InlineData("http.", "Service argument \"http.\" has no service name")]
    [InlineData("@dc1", "Service argument \"@dc1\" has no service name")]
    [InlineData(".web", "Service argument \".web\" has an empty tag before '.'")]
    [InlineData("web@", "Service argument \"web@\" has no datacenter after '@'")]
    [InlineData("web@dc1@dc2", "Service argument \"web@dc1@dc2\" has more than one '@'")]
    public void A_malformed_service_argument_is_refused_naming_it_and_listing_the_forms(string argument, string start)
    {
        var error = Assert.Throws<QueryArgumentException>(() => DependencyKey.ParseService(argument));

        Assert.StartsWith(start, error.Message, StringComparison.Ordinal);
        Assert.EndsWith("accepted forms: \"name\", \"tag.name\", \"name@dc\", \"tag.name@dc\".", error.Message, StringComparison.Ordinal);
        Assert.Equal(argument, error.Value);
    }

    [Theory]
    [InlineData("my web", "service name")]
    [InlineData("web@dc 1", "datacenter")]
    [InlineData("ht\ttp.web", "tag")]
    public void Whitespace_in_any_part_is_refused_naming_the_part_and_the_argument(string argument, string part)
    {
        var error = Assert.Throws<QueryArgumentException>(() => DependencyKey.ParseService(argument));

        Assert.StartsWith($"The {part} ", error.Message, StringComparison.Ordinal);
        Assert.Contains("U+00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_services_argument_names_a_datacenter_with_an_at_sign()
    {
        var key = DependencyKey.ParseServices("@dc2");

        Assert.Equal((DependencyKind.Services, "dc2"), (key.Kind, key.Datacenter));
    }

    [Fact]
    public void No_services_argument_means_the_local_datacenter()
    {
        Assert.Null(DependencyKey.ParseServices(null).Datacenter);
    }

    [Fact]
    public void A_datacenter_argument_without_the_at_sign_is_refused_with_the_fix()
    {
        var error = Assert.Throws<QueryArgumentException>(() => DependencyKey.ParseNodes("dc2"));

        Assert.StartsWith("Datacenter argument \"dc2\" must start with '@' (write \"@dc2\")", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_at_sign_without_a_datacenter_is_refused()
    {
        Assert.Throws<QueryArgumentException>(() => DependencyKey.ParseServices("@"));
    }

    [Fact]
    public void A_key_path_is_taken_literally_apart_from_leading_slashes()
    {
        var key = DependencyKey.ParseKey("/users/ann@example.com");

        Assert.Equal((DependencyKind.Key, "users/ann@example.com", (string?)null), (key.Kind, key.Name, key.Datacenter));
    }

    [Fact]
    public void Ls_and_tree_prefixes_with_and_without_a_trailing_slash_are_one_dependency()
    {
        Assert.Equal(DependencyKey.ParseKeyPrefix("app/config/"), DependencyKey.ParseKeyPrefix("/app/config"));
    }

    [Fact]
    public void An_empty_key_is_refused()
    {
        Assert.Throws<QueryArgumentException>(() => DependencyKey.ParseKey(""));
    }
}
