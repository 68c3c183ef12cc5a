using static Renderer.Scriban.Tests.Builtins.TemplateRendering;

namespace Renderer.Scriban.Tests.Builtins;

/// <summary>Every <c>regex</c> and <c>html</c> function rendered from a template (documented examples verbatim, tests 460/470).</summary>
public sealed class RegexHtmlTemplatesTests
{
    [RenderTheory]
    [InlineData("{{ \"(abc.*)\" | regex.escape }}", "\\(abc\\.\\*\\)")]
    [InlineData("{{ \"this is a text123\" | regex.match `(\\w+) a ([a-z]+\\d+)` }}", "[\"is a text123\", \"is\", \"text123\"]")]
    [InlineData("{{ \"this is a text123\" | regex.matches `(\\w+)` }}", "[[\"this\", \"this\"], [\"is\", \"is\"], [\"a\", \"a\"], [\"text123\", \"text123\"]]")]
    [InlineData("{{ \"abbbbcccd\" | regex.replace \"b+c+\" \"-Yo-\" }}", "a-Yo-d")]
    [InlineData("{{ \"a, b   , c,    d\" | regex.split `\\s*,\\s*` }}", "[\"a\", \"b\", \"c\", \"d\"]")]
    [InlineData("{{ \"\\\\(abc\\\\.\\\\*\\\\)\" | regex.unescape }}", "(abc.*)")]
    [InlineData("{{ \"<p>This is a paragraph</p>\" | html.strip }}", "This is a paragraph")]
    [InlineData("{{ \"<p>This is a paragraph</p>\" | html.escape }}", "&lt;p&gt;This is a paragraph&lt;/p&gt;")]
    [InlineData("{{ \"Hello\\nworld\" | html.newline_to_br }}", "Hello<br />\nworld")]
    [InlineData("{{ \"john@liquid.com\" | html.url_encode }}", "john%40liquid.com")]
    [InlineData("{{ \"<hello> & <scriban>\" | html.url_escape }}", "%3Chello%3E%20&%20%3Cscriban%3E")]
    public void Documented_examples_render_as_in_Scriban(string template, string expected)
        => Assert.Equal(expected, Render(template));

    [RenderTheory]
    [InlineData("{{ \"this is a text\" | regex.split `\\s+` }}", "[\"this\", \"is\", \"a\", \"text\"]")]
    [InlineData("{{ \"this is a teeext\" | regex.replace \"te+xt\" \"text\" }}", "this is a text")]
    [InlineData("{{ \"...\" | regex.escape }}|{{ `\\.\\.\\.` | regex.unescape }}", "\\.\\.\\.|...")]
    [InlineData("{{ regex.match `regex pattern` \"string not matched\" }}", "[]")]
    [InlineData("{{ 'Web-01' | regex.match `web-(\\d+)` 'i' }}|{{ 'a\\nb' | regex.matches `^\\w$` 'm' | array.size }}", "[\"Web-01\", \"01\"]|2")]
    [InlineData("{{ \"10.0.0.1:8080\" | regex.replace `:(\\d+)$` ' port $1' }}", "10.0.0.1 port 8080")]
    [InlineData("{{ \"<hello x='yoy>' y='yes'> and test\" | html.strip }}|{{ null | html.strip }}", " and test|")]
    public void Test_suite_examples_render_as_in_Scriban(string template, string expected)
        => Assert.Equal(expected, Render(template));
}
