using Renderer.Core.Templating.Nginx;

namespace Renderer.Core.Tests.Templating.Nginx;

public sealed class NginxQuoteTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("", "\"\"")]
    [InlineData("with space; and {braces} # not a comment", "\"with space; and {braces} # not a comment\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("C:\\path\\", "\"C:\\\\path\\\\\"")]
    [InlineData("\\\"", "\"\\\\\\\"\"")]
    [InlineData("it's", "\"it's\"")]
    [InlineData("$host", "\"$host\"")]
    [InlineData("café 服务 😀", "\"café 服务 😀\"")]
    [InlineData("zero\u200bwidth", "\"zero\u200bwidth\"")]
    public void The_value_is_double_quoted_with_quotes_and_backslashes_escaped(string value, string expected)
    {
        Assert.Equal(expected, NginxSyntax.Quote(value));
    }

    [Theory]
    [InlineData("a\nb", '\n')]
    [InlineData("a\rb", '\r')]
    [InlineData("a\tb", '\t')]
    [InlineData("a\0b", '\0')]
    [InlineData("a\u001bb", '\u001b')]
    [InlineData("a\u007fb", '\u007f')]
    [InlineData("a\u0085b", '\u0085')]
    public void A_control_character_is_refused_naming_its_code_position(string value, char refused)
    {
        var error = Assert.Throws<NginxSyntaxException>(() => NginxSyntax.Quote(value));

        Assert.Contains($"the control character U+{(int)refused:X4} at index 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(("nginx.quote", value), (error.Function, error.Value));
    }

    [Fact]
    public void The_message_shows_the_value_escaped_so_it_stays_on_one_line()
    {
        var error = Assert.Throws<NginxSyntaxException>(() => NginxSyntax.Quote("line1\nline2 \"q\""));

        Assert.Equal(
            "nginx.quote: \"line1\\nline2 \\\"q\\\"\" contains the control character U+000A at index 5; " +
            "a rendered nginx string must not contain control characters.",
            error.Message);
    }

    [Fact]
    public void An_unpaired_surrogate_is_refused()
    {
        var error = Assert.Throws<NginxSyntaxException>(() => NginxSyntax.Quote("a\udc00"));

        Assert.Contains("an unpaired surrogate U+DC00 at index 1", error.Message, StringComparison.Ordinal);
    }
}
