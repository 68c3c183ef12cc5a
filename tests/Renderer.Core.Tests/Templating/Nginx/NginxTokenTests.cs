using Renderer.Core.Templating.Nginx;

namespace Renderer.Core.Tests.Templating.Nginx;

public sealed class NginxTokenTests
{
    [Theory]
    [InlineData("httpfront")]
    [InlineData("tcpfront-9999")]
    [InlineData("upstream-httpfront")]
    [InlineData("/var/log/nginx/access.log")]
    [InlineData("10.0.0.5:8080")]
    [InlineData("httpfront.tonybai.com")]
    [InlineData("max_fails=3")]
    [InlineData("^/api/(v1|v2)/[a-z]+")]
    [InlineData("café")]
    [InlineData("服务")]
    [InlineData("😀-emoji")]
    [InlineData("a(b)c,d|e&f*g+h?i!j%k@l")]
    public void A_safe_word_is_returned_unchanged(string value)
    {
        Assert.Same(value, NginxSyntax.Token(value));
    }

    [Theory]
    [InlineData("a b", ' ', "is whitespace, which separates words")]
    [InlineData("a\tb", '\t', "is whitespace, which separates words")]
    [InlineData("a\rb", '\r', "is whitespace, which separates words")]
    [InlineData("a\nb", '\n', "is whitespace, which separates words")]
    [InlineData("a\u00a0b", '\u00a0', "is whitespace, which separates words")]
    [InlineData("a\u2028b", '\u2028', "is whitespace, which separates words")]
    [InlineData("a;b", ';', "ends a directive")]
    [InlineData("a{b", '{', "opens a block")]
    [InlineData("a}b", '}', "closes a block")]
    [InlineData("a\"b", '"', "starts a quoted string")]
    [InlineData("a'b", '\'', "starts a quoted string")]
    [InlineData("a#b", '#', "starts a comment")]
    [InlineData("a$b", '$', "starts a variable")]
    [InlineData("a\\b", '\\', "starts an escape")]
    [InlineData("a\0b", '\0', "is a control character")]
    [InlineData("a\u0007b", '\u0007', "is a control character")]
    [InlineData("a\u007fb", '\u007f', "is a control character")]
    [InlineData("a\u0085b", '\u0085', "is whitespace, which separates words")]
    [InlineData("a\u200bb", '\u200b', "is an invisible format character")]
    [InlineData("a\u202eb", '\u202e', "is an invisible format character")]
    public void Every_unsafe_character_is_refused_with_its_code_position_and_reason(string value, char refused, string reason)
    {
        var error = Assert.Throws<NginxSyntaxException>(() => NginxSyntax.Token(value));

        Assert.Contains($"U+{(int)refused:X4}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"at index 1 {reason}", error.Message, StringComparison.Ordinal);
        Assert.Equal(("nginx.token", value), (error.Function, error.Value));
    }

    [Fact]
    public void The_message_shows_the_value_escaped_and_points_to_nginx_quote()
    {
        var error = Assert.Throws<NginxSyntaxException>(() => NginxSyntax.Token("web;\ninclude /etc/passwd"));

        Assert.Equal(
            "nginx.token: \"web;\\ninclude /etc/passwd\" is not safe as a bare nginx word: ';' (U+003B) at index 3 " +
            "ends a directive; use nginx.quote to write arbitrary text as a quoted string.",
            error.Message);
    }

    [Fact]
    public void The_empty_string_is_refused()
    {
        var error = Assert.Throws<NginxSyntaxException>(() => NginxSyntax.Token(""));

        Assert.Equal("nginx.token: the empty string is not an nginx word; use nginx.quote to write \"\".", error.Message);
    }

    // Built in code: xunit's theory data would turn a lone surrogate into U+FFFD on its way to the test.
    [Fact]
    public void An_unpaired_surrogate_is_refused()
    {
        var error = Assert.Throws<NginxSyntaxException>(() => NginxSyntax.Token("a" + '\ud800' + "b"));

        Assert.Contains("U+D800 at index 1 is an unpaired surrogate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_high_surrogate_at_the_end_is_refused()
    {
        Assert.Throws<NginxSyntaxException>(() => NginxSyntax.Token("abc" + '\ud83d'));
    }
}
