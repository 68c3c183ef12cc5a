using static Renderer.Scriban.Tests.Builtins.BuiltinCalls;

namespace Renderer.Scriban.Tests.Builtins;

/// <summary><c>string.slice</c>, <c>slice1</c>, <c>truncate</c>, <c>truncatewords</c> (test 430-string and docs).</summary>
public sealed class StringFunctionsSlicesTests
{
    [Theory]
    [InlineData("hello", "hello", 0)]
    [InlineData("ello", "hello", 1)]
    [InlineData("ell", "hello", 1, 3)]
    [InlineData("est", "test", 1)]
    [InlineData("es", "test", 1, 2)]
    [InlineData("te", "test", -5, 3)]
    [InlineData("t", "test", 3, 5)]
    [InlineData("", null, 1)]
    [InlineData("", "test", 10)]
    [InlineData("st", "test", -2)]
    [InlineData("", "test", -10)]
    [InlineData("", "test", 4)]
    public void Slice_counts_a_negative_start_from_the_end_and_clamps(string expected, params object?[] arguments)
        => Assert.Equal(expected, Text("string.slice", arguments));

    [Theory]
    [InlineData("h", "hello", 0)]
    [InlineData("e", "hello", 1)]
    [InlineData("ell", "hello", 1, 3)]
    [InlineData("e", "test", 1)]
    [InlineData("es", "test", 1, 2)]
    [InlineData("te", "test", -5, 3)]
    [InlineData("t", "test", 3, 5)]
    [InlineData("", null, 1)]
    [InlineData("", "test", 10)]
    [InlineData("s", "test", -2)]
    [InlineData("", "test", 1, 0)]
    public void Slice1_takes_one_character_by_default(string expected, params object?[] arguments)
        => Assert.Equal(expected, Text("string.slice1", arguments));

    [Theory]
    [InlineData("The cat ca...", "The cat came back the very next day", 13)]
    [InlineData("This is a lo...", "This is a long test with several chars in it but going to be truncated", 15)]
    [InlineData("This i and blabla...", "This is a long test with several chars in it but going to be truncated", 20, " and blabla...")]
    [InlineData("", null, 15)]
    [InlineData("short", "short", 5)]
    [InlineData("...", "longer text", 2)]
    public void Truncate_counts_the_ellipsis_in_the_length(string expected, params object?[] arguments)
        => Assert.Equal(expected, Text("string.truncate", arguments));

    [Theory]
    [InlineData("The cat came back...", "The cat came back the very next day", 4)]
    [InlineData("This is a test truncated...", "This is a test truncated at 5", 5)]
    [InlineData("", "", 5)]
    [InlineData("", null, 5)]
    [InlineData("two words...", "two   words", 5)]
    [InlineData("The cat...", "The cat came", 2, "!")]
    [InlineData("a b...", "a b", 4)]
    public void Truncatewords_keeps_whole_words_and_always_appends_three_dots(string expected, params object?[] arguments)
        => Assert.Equal(expected, Text("string.truncatewords", arguments));
}
