using Renderer.Cli.Options;

namespace Renderer.Cli.Tests.Options;

public sealed class VariableSpecTests
{
    [Fact]
    public void Name_and_value_are_split_at_the_first_equals_sign()
    {
        Assert.Equal(new VariableSpec("query", "a=1&b=2"), VariableSpec.Parse("query=a=1&b=2"));
    }

    [Fact]
    public void The_value_may_be_empty()
    {
        Assert.Equal(new VariableSpec("suffix", ""), VariableSpec.Parse("suffix="));
    }

    [Theory]
    [InlineData("domain=tonybai.com")]
    [InlineData("_private=1")]
    [InlineData("Port8080=x")]
    public void Identifiers_are_valid_names(string text)
    {
        Assert.True(VariableSpec.TryParse(text, out _, out var error), error);
    }

    [Theory]
    [InlineData("domain", "\"domain\" has no '=': write NAME=VALUE")]
    [InlineData("=value", "\"=value\": the name (before '=') is empty")]
    [InlineData("1st=x", "\"1st=x\": \"1st\" is not a valid name: use letters, digits and _, and do not start with a digit")]
    [InlineData("my-var=x", "\"my-var=x\": \"my-var\" is not a valid name: use letters, digits and _, and do not start with a digit")]
    [InlineData("a.b=x", "\"a.b=x\": \"a.b\" is not a valid name: use letters, digits and _, and do not start with a digit")]
    public void Bad_values_are_errors_that_quote_the_value(string text, string expected)
    {
        Assert.False(VariableSpec.TryParse(text, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Parse_throws_a_format_exception_naming_the_value()
    {
        var exception = Assert.Throws<FormatException>(() => VariableSpec.Parse("novalue"));
        Assert.Contains("\"novalue\"", exception.Message);
    }
}
