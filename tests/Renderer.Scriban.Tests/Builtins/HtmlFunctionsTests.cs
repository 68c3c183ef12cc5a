using static Renderer.Scriban.Tests.Builtins.BuiltinCalls;

namespace Renderer.Scriban.Tests.Builtins;

/// <summary>The <c>html</c> group (test 470-html and docs).</summary>
public sealed class HtmlFunctionsTests
{
    [Theory]
    [InlineData("&lt;p&gt;This is a paragraph&lt;/p&gt;", "<p>This is a paragraph</p>")]
    [InlineData("&lt;p&gt;test&lt;/p&gt;", "<p>test</p>")]
    [InlineData("a &amp; &quot;b&quot; &#39;c&#39;", "a & \"b\" 'c'")]
    public void Escape_html_encodes(string expected, string text)
        => Assert.Equal(expected, Call("html.escape", text));

    [Theory]
    [InlineData("This is a paragraph", "<p>This is a paragraph</p>")]
    [InlineData(" and test", "<hello> and test")]
    [InlineData(" and test", "<hello x='yoy>' y='yes'> and test")]
    [InlineData(" and test ", "</html> and test </body>")]
    [InlineData(" and noscript", "<script type='text/javascript'>\n//<![CDATA[\nvar i = 10;\nif (i < 5) {\n  // some code\n}\n//]]>\n</script> and noscript")]
    [InlineData("a  b", "a <!-- <b> --> b")]
    public void Strip_removes_tags_scripts_and_comments(string expected, string text)
        => Assert.Equal(expected, Call("html.strip", text));

    [Fact]
    public void Null_text_gives_empty_output()
    {
        Assert.Equal("", Text("html.strip", [null]));
        Assert.Equal("", Text("html.escape", [null]));
        Assert.Equal("", Text("html.url_encode", [null]));
    }

    [Fact]
    public void Newline_to_br_inserts_a_break_before_each_kind_of_newline()
    {
        Assert.Equal("Hello<br />\nworld", Call("html.newline_to_br", "Hello\nworld"));
        Assert.Equal("a<br />\r\nb<br />\rc", Call("html.newline_to_br", "a\r\nb\rc"));
    }

    [Theory]
    [InlineData("john%40liquid.com", "john@liquid.com")]
    [InlineData("a%20b%2Fc%3F%26", "a b/c?&")]
    [InlineData("%C3%A9", "é")]
    public void Url_encode_escapes_everything_but_unreserved_characters(string expected, string text)
        => Assert.Equal(expected, Call("html.url_encode", text));

    [Theory]
    [InlineData("%3Chello%3E%20&%20%3Cscriban%3E", "<hello> & <scriban>")]
    [InlineData("http://a.b/c?d=e&f=g#h", "http://a.b/c?d=e&f=g#h")]
    [InlineData("100%25%20%C3%A9%F0%9F%98%80", "100% é😀")]
    public void Url_escape_keeps_url_syntax(string expected, string text)
        => Assert.Equal(expected, Call("html.url_escape", text));
}
