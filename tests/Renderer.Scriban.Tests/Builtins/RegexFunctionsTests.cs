using Renderer.Scriban.Runtime;
using static Renderer.Scriban.Tests.Builtins.BuiltinCalls;

namespace Renderer.Scriban.Tests.Builtins;

/// <summary>The <c>regex</c> group (test 460-regex and docs).</summary>
public sealed class RegexFunctionsTests
{
    [Fact]
    public void Escape_and_unescape_are_dotnets()
    {
        Assert.Equal("\\(abc\\.\\*\\)", Call("regex.escape", "(abc.*)"));
        Assert.Equal("\\.\\.\\.", Call("regex.escape", "..."));
        Assert.Equal("(abc.*)", Call("regex.unescape", "\\(abc\\.\\*\\)"));
        Assert.Equal("...", Call("regex.unescape", "\\.\\.\\."));
    }

    [Fact]
    public void Match_returns_the_whole_match_then_the_groups_or_an_empty_array()
    {
        Assert.Equal("[\"is a text123\", \"is\", \"text123\"]", Text("regex.match", "this is a text123", "(\\w+) a ([a-z]+\\d+)"));
        Assert.Equal("[]", Text("regex.match", "string not matched", "regex pattern"));
    }

    [Fact]
    public void Matches_returns_one_array_per_match()
        => Assert.Equal("[[\"this\", \"this\"], [\"is\", \"is\"], [\"a\", \"a\"], [\"text123\", \"text123\"]]", Text("regex.matches", "this is a text123", "(\\w+)"));

    [Fact]
    public void Replace_uses_dotnet_substitutions()
    {
        Assert.Equal("a-Yo-d", Call("regex.replace", "abbbbcccd", "b+c+", "-Yo-"));
        Assert.Equal("this is a text", Call("regex.replace", "this is a teeext", "te+xt", "text"));
        Assert.Equal("port=80", Call("regex.replace", "80=port", "(\\w+)=(\\w+)", "$2=$1"));
    }

    [Fact]
    public void Split_keeps_empty_entries()
    {
        Assert.Equal("[\"a\", \"b\", \"c\", \"d\"]", Text("regex.split", "a, b   , c,    d", "\\s*,\\s*"));
        Assert.Equal("[\"this\", \"is\", \"a\", \"text\"]", Text("regex.split", "this   is  \t   a  \t   text", "\\s+"));
        Assert.Equal("[\"a\", \"\", \"b\"]", Text("regex.split", "a,,b", ","));
    }

    [Theory]
    [InlineData("i", "[\"HELLO\"]")]
    [InlineData("", "[]")]
    [InlineData(null, "[]")]
    public void Option_i_ignores_case(string? options, string expected)
        => Assert.Equal(expected, Text("regex.match", "HELLO", "hello", options));

    [Fact]
    public void Options_m_s_and_x_change_anchors_dots_and_whitespace()
    {
        Assert.Equal("[[\"b\"]]", Text("regex.matches", "a\nb", "^b$", "m"));
        Assert.Equal("[\"a\\nb\"]", Text("regex.match", "a\nb", "a.b", "s"));
        Assert.Equal("[\"ab\"]", Text("regex.match", "ab", "a b # comment", "x"));
        Assert.Equal("[]", Text("regex.match", "a\nb", "a.b"));
    }

    [Fact]
    public void Invalid_patterns_are_reported_at_the_call()
        => Assert.Contains("Invalid pattern", Error("regex.match", "text", "(unclosed"));

    [Fact]
    public void The_context_timeout_applies()
    {
        var context = new TemplateContext { RegexTimeout = TimeSpan.FromMilliseconds(1) };
        var error = Assert.Throws<ScriptRuntimeException>(
            () => Call(context, "regex.match", new string('a', 5000) + "!", "^(a+)+$"));
        Assert.Contains("timed out", error.OriginalMessage);
    }
}
