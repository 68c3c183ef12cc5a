using Renderer.Core.Templating.Nginx;
using Renderer.Templates.Tests.Support;
using Renderer.TestKit;

namespace Renderer.Templates.Tests.Hostile;

/// <summary>
/// What the hostile fuzz added to NginxSyntax (issue 6, item 2): addresses nginx would hand to the system resolver,
/// which reads them unlike an IPv4 address or sends them to DNS, and words too long for nginx's reader.
/// </summary>
public sealed class NginxSyntaxHardeningTests
{
    [Theory]
    [InlineData("1.2.3")]
    [InlineData("127.1")]
    [InlineData("4294967295")]
    [InlineData("0")]
    [InlineData("999.0.0.1")]
    [InlineData("256.1.1.1")]
    [InlineData("10.0.0.01")]
    [InlineData("010.0.0.1")]
    [InlineData("1.2.3.4.5")]
    [InlineData("0x7f.0.0.1")]
    [InlineData("10.0.0.1.")]
    public void A_name_ending_in_a_number_that_is_not_a_dotted_quad_is_refused_naming_it(string host)
    {
        var error = Assert.Throws<NginxSyntaxException>(() => NginxSyntax.Address(host, 80));

        Assert.StartsWith($"nginx.address: {HostileDisplay.Quote(host)} port 80: a name ending in a number must be an IPv4 address", error.Message);
    }

    [Theory]
    [InlineData("10..0.1")]
    [InlineData(".10.0.0.1")]
    [InlineData(".")]
    [InlineData("a..b")]
    public void A_host_with_an_empty_label_is_refused(string host)
    {
        var error = Assert.Throws<NginxSyntaxException>(() => NginxSyntax.Address(host, 80));

        Assert.Contains("not a host name the resolver can look up", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_longer_than_63_characters_or_a_name_longer_than_253_is_refused()
    {
        Assert.Throws<NginxSyntaxException>(() => NginxSyntax.Address(new string('a', 64) + ".example", 80));
        Assert.Throws<NginxSyntaxException>(() => NginxSyntax.Address(string.Join('.', Enumerable.Repeat(new string('a', 50), 6)), 80));
    }

    [Theory]
    [InlineData("0.0.0.0", "0.0.0.0:80")]
    [InlineData("255.255.255.255", "255.255.255.255:80")]
    [InlineData("10.0.0.5", "10.0.0.5:80")]
    [InlineData("backend.service.consul.", "backend.service.consul.:80")]
    [InlineData("web-1.dc1", "web-1.dc1:80")]
    [InlineData("1e100.net", "1e100.net:80")]
    public void Dotted_quads_and_host_names_are_still_accepted(string host, string expected)
    {
        Assert.Equal(expected, NginxSyntax.Address(host, 80));
    }

    [Fact]
    public void A_token_is_accepted_up_to_the_limit_in_utf8_bytes_and_refused_past_it()
    {
        Assert.Equal(NginxSyntax.MaxWordBytes, NginxSyntax.Token(new string('a', NginxSyntax.MaxWordBytes)).Length);

        // 1,334 euro signs are 4,002 bytes of UTF-8, though only 1,334 characters.
        var error = Assert.Throws<NginxSyntaxException>(() => NginxSyntax.Token(new string('€', 1334)));

        Assert.Contains("is 4002 bytes long as written", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_string_counts_its_quotes_and_escapes_against_the_limit()
    {
        Assert.Equal(NginxSyntax.MaxWordBytes, NginxSyntax.Quote(new string('a', NginxSyntax.MaxWordBytes - 2)).Length);

        var error = Assert.Throws<NginxSyntaxException>(() => NginxSyntax.Quote(new string('"', 2000)));

        Assert.StartsWith("nginx.quote: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("is 4002 bytes long as written", error.Message, StringComparison.Ordinal);
    }

    [NginxFact]
    public async Task Nginx_reads_a_token_and_a_quoted_string_of_the_longest_accepted_length()
    {
        var token = NginxSyntax.Token(new string('t', NginxSyntax.MaxWordBytes));
        var quoted = NginxSyntax.Quote(new string('q', NginxSyntax.MaxWordBytes - 2));
        var configuration = $"map $host $hostile_long {{\n    default {token};\n    x {quoted};\n}}\n";

        var result = await NginxCheck.TestAsync(configuration, TemplateOutputKind.HttpContext);

        Assert.True(result.Succeeded, result.Output);
    }
}
