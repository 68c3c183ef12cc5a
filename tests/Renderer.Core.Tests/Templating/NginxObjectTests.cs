using static Renderer.Core.Tests.Templating.TemplateHarness;

namespace Renderer.Core.Tests.Templating;

/// <summary><c>nginx.address</c>, <c>nginx.token</c> and <c>nginx.quote</c> as templates call them (the string rules are in Nginx/).</summary>
public sealed class NginxObjectTests
{
    [Fact]
    public void Nginx_address_of_an_instance_is_its_address_and_port()
    {
        Assert.Equal("10.0.0.11:8080 10.0.1.5:8081 ", Text("{{ for i in (service \"web\" \"any\") | array.limit 2 }}{{ nginx.address i }} {{ end }}"));
    }

    [Fact]
    public void Nginx_address_puts_an_ipv6_address_in_brackets()
    {
        Assert.Equal("[2001:db8::5]:5432", Text("{{ for i in (service \"db\") }}{{ nginx.address i }}{{ end }}"));
    }

    [Fact]
    public void Nginx_address_also_takes_a_host_and_a_port()
    {
        Assert.Equal("[::1]:8443", Text("{{ nginx.address \"::1\" 8443 }}"));
    }

    [Fact]
    public void Nginx_address_of_something_that_is_not_an_instance_fails_naming_it()
    {
        var error = Error("{{ nginx.address \"web\" }}");

        Assert.StartsWith($"{Name}(1,4) : error : nginx.address expects an instance of `service`", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("got `web`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nginx_token_returns_a_safe_word_unchanged()
    {
        Assert.Equal("upstream web {", Text("upstream {{ nginx.token \"web\" }} {"));
    }

    [Fact]
    public void Nginx_token_refuses_an_unsafe_value_with_a_positioned_error_naming_the_value()
    {
        var error = Error("line one\nserver_name {{ key \"motd\" | nginx.token }};");

        Assert.Equal(
            $"{Name}(2,29) : error : nginx.token: \"hello; world\" is not safe as a bare nginx word: ';' (U+003B) at index 5 ends a directive; " +
            "use nginx.quote to write arbitrary text as a quoted string.",
            error.Message);
    }

    [Fact]
    public void Nginx_quote_writes_a_double_quoted_string_with_quotes_and_backslashes_escaped()
    {
        Assert.Equal("add_header X-Motd \"say \\\"hi\\\" C:\\\\\";", Text("add_header X-Motd {{ nginx.quote 'say \"hi\" C:\\\\' }};"));
    }

    [Fact]
    public void Nginx_quote_keeps_a_semicolon_inside_the_string()
    {
        Assert.Equal("\"hello; world\"", Text("{{ key \"motd\" | nginx.quote }}"));
    }

    [Fact]
    public void Nginx_quote_refuses_a_control_character_with_a_positioned_error_naming_the_value()
    {
        var error = Error("{{ nginx.quote \"a\\nb\" }}");

        Assert.StartsWith($"{Name}(1,4) : error : nginx.quote: \"a\\nb\" contains the control character U+000A at index 1", error.Message, StringComparison.Ordinal);
    }
}
