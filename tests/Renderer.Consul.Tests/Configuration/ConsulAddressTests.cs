using Renderer.Consul.Configuration;

namespace Renderer.Consul.Tests.Configuration;

public sealed class ConsulAddressTests
{
    [Theory]
    [InlineData("127.0.0.1:8500", "http", "127.0.0.1", 8500, "")]
    [InlineData("consul.service:8501", "http", "consul.service", 8501, "")]
    [InlineData("http://10.0.0.5:8500", "http", "10.0.0.5", 8500, "")]
    [InlineData("https://consul.example:8501", "https", "consul.example", 8501, "")]
    [InlineData("HTTPS://consul.example:8501", "https", "consul.example", 8501, "")]
    [InlineData("https://proxy.example/consul/", "https", "proxy.example", 443, "/consul")]
    [InlineData("http://proxy.example:8080/a/b", "http", "proxy.example", 8080, "/a/b")]
    [InlineData("[::1]:8500", "http", "[::1]", 8500, "")]
    [InlineData("localhost", "http", "localhost", 80, "")]
    public void A_tcp_address_is_parsed_into_scheme_host_port_and_prefix(
        string text, string scheme, string host, int port, string prefix)
    {
        var address = ConsulAddress.Parse(text);

        Assert.Equal(scheme, address.Scheme);
        Assert.Equal(host, address.Host);
        Assert.Equal(port, address.Port);
        Assert.Equal(prefix, address.PathPrefix);
        Assert.Null(address.SocketPath);
    }

    [Theory]
    [InlineData("unix:///var/run/consul.sock", "/var/run/consul.sock")]
    [InlineData("unix://var/run/consul.sock", "var/run/consul.sock")]
    public void A_unix_address_keeps_everything_after_the_scheme_as_the_socket_path(string text, string path)
    {
        var address = ConsulAddress.Parse(text);

        Assert.Equal("unix", address.Scheme);
        Assert.Equal(path, address.SocketPath);
        Assert.Equal("unix://" + path, address.ToString());
    }

    [Fact]
    public void An_unknown_scheme_is_rejected_with_consuls_wording_and_the_accepted_forms()
    {
        var ok = ConsulAddress.TryParse("ftp://consul:21", out _, out var error);

        Assert.False(ok);
        Assert.Contains("Unknown protocol scheme: ftp", error);
        Assert.Contains("http://, https:// or unix://", error);
    }

    [Theory]
    [InlineData("unix://")]
    [InlineData("http://")]
    [InlineData("http://host:notaport")]
    [InlineData("http://host:8500/?x=1")]
    public void A_malformed_address_is_rejected_with_the_offending_text(string text)
    {
        var ok = ConsulAddress.TryParse(text, out _, out var error);

        Assert.False(ok);
        Assert.Contains($"'{text}'", error);
    }
}
