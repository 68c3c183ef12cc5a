using Renderer.Core.Catalog;
using Renderer.Core.Templating.Nginx;

namespace Renderer.Core.Tests.Templating.Nginx;

public sealed class NginxAddressTests
{
    [Theory]
    [InlineData("10.0.0.5", 8080, "10.0.0.5:8080")]
    [InlineData("192.168.0.129", 32769, "192.168.0.129:32769")]
    [InlineData("backend.service.consul", 80, "backend.service.consul:80")]
    [InlineData("my_host-1", 1, "my_host-1:1")]
    [InlineData("10.0.0.5", 65535, "10.0.0.5:65535")]
    public void An_ipv4_address_or_host_name_is_joined_to_the_port_with_a_colon(string host, int port, string expected)
    {
        Assert.Equal(expected, NginxSyntax.Address(host, port));
    }

    [Theory]
    [InlineData("2001:db8::5", "[2001:db8::5]:8080")]
    [InlineData("::1", "[::1]:8080")]
    [InlineData("::ffff:10.0.0.5", "[::ffff:10.0.0.5]:8080")]
    [InlineData("FE80::1", "[FE80::1]:8080")]
    public void An_ipv6_address_is_bracketed(string host, string expected)
    {
        Assert.Equal(expected, NginxSyntax.Address(host, 8080));
    }

    [Fact]
    public void An_already_bracketed_ipv6_address_is_not_bracketed_twice()
    {
        Assert.Equal("[2001:db8::5]:8080", NginxSyntax.Address("[2001:db8::5]", 8080));
    }

    [Fact]
    public void An_ipv6_zone_index_is_refused_because_nginx_cannot_parse_it()
    {
        var error = Assert.Throws<NginxSyntaxException>(() => NginxSyntax.Address("fe80::1%eth0", 8080));

        Assert.Equal(
            "nginx.address: \"fe80::1%eth0\" port 8080: the IPv6 address has a zone index ('%…'), which nginx cannot use; " +
            "register the service with a global or unique-local address.",
            error.Message);
        Assert.Equal(("nginx.address", "fe80::1%eth0"), (error.Function, error.Value));
    }

    [Theory]
    [InlineData("10.0.0.5:8080")]
    [InlineData("2001:db8::zz")]
    [InlineData("[10.0.0.5]")]
    public void A_value_with_a_colon_that_is_not_an_ipv6_address_is_refused(string host)
    {
        var error = Assert.Throws<NginxSyntaxException>(() => NginxSyntax.Address(host, 80));

        Assert.Contains("not a valid IPv6 address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_address_is_refused()
    {
        var error = Assert.Throws<NginxSyntaxException>(() => NginxSyntax.Address("", 80));

        Assert.Equal("nginx.address: \"\" port 80: the address is empty.", error.Message);
    }

    [Theory]
    [InlineData("10.0.0.5 down", ' ')]
    [InlineData("10.0.0.5;", ';')]
    [InlineData("host{", '{')]
    [InlineData("bücher.example", 'ü')]
    [InlineData("a\nb", '\n')]
    public void A_host_with_a_character_outside_host_names_is_refused_naming_it(string host, char refused)
    {
        var error = Assert.Throws<NginxSyntaxException>(() => NginxSyntax.Address(host, 80));

        Assert.Contains($"U+{(int)refused:X4}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Port_zero_is_refused_as_an_instance_without_a_port()
    {
        var error = Assert.Throws<NginxSyntaxException>(() => NginxSyntax.Address("10.0.0.5", 0));

        Assert.Equal("nginx.address: \"10.0.0.5\" port 0: the instance has no port (0); register the service with its port.", error.Message);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(65536)]
    public void A_port_outside_the_tcp_range_is_refused(int port)
    {
        var error = Assert.Throws<NginxSyntaxException>(() => NginxSyntax.Address("10.0.0.5", port));

        Assert.Contains("outside 1-65535", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_instance_gives_its_address_and_port()
    {
        var node = new CatalogNode { Name = "consul-1", Address = "192.168.0.129" };
        var instance = ServiceInstance.Create(node, new CatalogService { Id = "httpfront", Name = "httpfront", Port = 32769 }, "dc1");

        Assert.Equal("192.168.0.129:32769", NginxSyntax.Address(instance));
    }
}
