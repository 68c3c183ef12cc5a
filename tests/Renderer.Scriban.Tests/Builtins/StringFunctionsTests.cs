using static Renderer.Scriban.Tests.Builtins.BuiltinCalls;

namespace Renderer.Scriban.Tests.Builtins;

/// <summary>The <c>string</c> group called directly; expectations are Scriban 7.2.6's outputs (docs, test 430-string, spec §6).</summary>
public sealed class StringFunctionsTests
{
    [Theory]
    [InlineData("string.append", "Hello World", "Hello", " World")]
    [InlineData("string.append", "+ another string", null, "+ another string")]
    [InlineData("string.append", "", null, null)]
    [InlineData("string.append", "This is a string", "This is a string", null)]
    [InlineData("string.append", "12", 1, 2)]
    [InlineData("string.prepend", "Hello World", "World", "Hello ")]
    [InlineData("string.capitalize", "Test", "test")]
    [InlineData("string.capitalize", "Test", "Test")]
    [InlineData("string.capitalize", "", new object?[] { null })]
    [InlineData("string.capitalizewords", "This Is Easy", "This is easy")]
    [InlineData("string.capitalizewords", "This Will Capitalize Words", "This will capitalize words")]
    [InlineData("string.capitalizewords", "", new object?[] { null })]
    [InlineData("string.downcase", "test", "TeSt")]
    [InlineData("string.upcase", "TEST", "test")]
    [InlineData("string.size", "4", "test")]
    [InlineData("string.size", "0", new object?[] { null })]
    [InlineData("string.pluralize", "products", 7, "product", "products")]
    [InlineData("string.pluralize", "product", 1, "product", "products")]
    [InlineData("string.pluralize", "items", 5, "item", "items")]
    [InlineData("string.pad_left", "     world", "world", 10)]
    [InlineData("string.pad_right", "hello     ", "hello", 10)]
    [InlineData("string.pad_left", "hello", "hello", 2)]
    public void Basic_functions_produce_Scribans_text(string function, string expected, params object?[] arguments)
        => Assert.Equal(expected, Text(function, arguments));

    [Fact]
    public void Case_functions_keep_null_as_null()
    {
        Assert.Null(Call("string.downcase", [null]));
        Assert.Null(Call("string.upcase", [null]));
    }

    [Theory]
    [InlineData("string.contains", true, "This is easy", "easy")]
    [InlineData("string.contains", true, "tota", "ta")]
    [InlineData("string.contains", false, null, "ta")]
    [InlineData("string.contains", false, "tota", null)]
    [InlineData("string.contains", false, "tota", "")]
    [InlineData("string.contains", false, "tota", "TA")]
    [InlineData("string.starts_with", true, "This is easy", "This")]
    [InlineData("string.starts_with", true, "test", "test")]
    [InlineData("string.starts_with", false, "test", "toto")]
    [InlineData("string.starts_with", false, "tota", "ta")]
    [InlineData("string.starts_with", true, "tota", "to")]
    [InlineData("string.starts_with", false, null, "ta")]
    [InlineData("string.starts_with", false, "tota", null)]
    [InlineData("string.starts_with", false, "tota", "")]
    [InlineData("string.ends_with", true, "This is easy", "easy")]
    [InlineData("string.ends_with", true, "tota", "ta")]
    [InlineData("string.ends_with", false, "tota", "to")]
    [InlineData("string.ends_with", false, null, "ta")]
    [InlineData("string.ends_with", false, "tota", null)]
    [InlineData("string.equals_ignore_case", true, "Scriban", "SCRIBAN")]
    [InlineData("string.equals_ignore_case", false, "Scriban", "Scribe")]
    [InlineData("string.equals_ignore_case", true, null, null)]
    [InlineData("string.equals_ignore_case", false, null, "")]
    [InlineData("string.empty", true, "")]
    [InlineData("string.empty", true, new object?[] { null })]
    [InlineData("string.empty", false, " ")]
    [InlineData("string.whitespace", true, "")]
    [InlineData("string.whitespace", true, new object?[] { null })]
    [InlineData("string.whitespace", true, " \t\n")]
    [InlineData("string.whitespace", false, " a ")]
    public void Tests_return_booleans_and_are_false_for_null_or_empty_operands(string function, bool expected, params object?[] arguments)
        => Assert.Equal(expected, Call(function, arguments));

    [Theory]
    [InlineData(2, "hello", "l")]
    [InlineData(-1, "hello", "z")]
    [InlineData(3, "hello", "l", 3)]
    [InlineData(-1, "hello", "o", 0, 3)]
    [InlineData(0, "Hello", "h", 0, 5, "OrdinalIgnoreCase")]
    [InlineData(-1, "Hello", "h", 0, 5, "Ordinal")]
    [InlineData(-1, null, "h")]
    public void Index_of_is_dotnets_IndexOf_with_optional_start_count_and_comparison(int expected, params object?[] arguments)
        => Assert.Equal(expected, Call("string.index_of", arguments));

    [Fact]
    public void Index_of_names_the_allowed_comparisons_when_given_an_unknown_one()
        => Assert.StartsWith("Invalid string comparison `Fuzzy`. Allowed values are: CurrentCulture,", Error("string.index_of", "a", "a", 0, 1, "Fuzzy"));

    [Theory]
    [InlineData("string.remove", "Hello, . Goodbye, .", "Hello, world. Goodbye, world.", "world")]
    [InlineData("string.remove", "This is a  with a ", "This is a test with a test", "test")]
    [InlineData("string.remove", "This is a test with a test", "This is a test with a test", null)]
    [InlineData("string.remove", "", null, "test")]
    [InlineData("string.remove", "Hello", "Hello", "L")]
    [InlineData("string.remove_first", "Hello, . Goodbye, world.", "Hello, world. Goodbye, world.", "world")]
    [InlineData("string.remove_first", "This is a test with a test", "This is a test with a test", null)]
    [InlineData("string.remove_first", "", null, "test")]
    [InlineData("string.remove_first", "Helo", "Hello", "L")]
    [InlineData("string.remove_last", "Hello, world. Goodbye, .", "Hello, world. Goodbye, world.", "world")]
    [InlineData("string.remove_last", "Hellx", "Hellox", "O")]
    [InlineData("string.replace", "Hello, buddy. Goodbye, buddy.", "Hello, world. Goodbye, world.", "world", "buddy")]
    [InlineData("string.replace", "This is a boom with a boom", "This is a test with a test", "test", "boom")]
    [InlineData("string.replace", "", null, "test", "boom")]
    [InlineData("string.replace", "Hello", "Hello", "L", "x")]
    [InlineData("string.replace", "Heo", "Hello", "l", null)]
    [InlineData("string.replace_first", "Hello, buddy. Goodbye, world.", "Hello, world. Goodbye, world.", "world", "buddy")]
    [InlineData("string.replace_first", "This is a boom with a test", "This is a test with a test", "test", "boom")]
    [InlineData("string.replace_first", "This is a test with a test", "This is a test with a test", "nothing", "boom")]
    [InlineData("string.replace_first", "", null, "test", "boom")]
    [InlineData("string.replace_first", "yoyo", "yoyo", null, "boom")]
    [InlineData("string.replace_first", "Hexlo", "Hello", "L", "x")]
    [InlineData("string.replace_first", "a-b-x", "a-b-a", "A", "x", true)]
    [InlineData("string.strip", "too many spaces", "   too many spaces           ")]
    [InlineData("string.lstrip", "too many spaces", "   too many spaces")]
    [InlineData("string.lstrip", "test", "    test")]
    [InlineData("string.rstrip", "   too many spaces", "   too many spaces           ")]
    [InlineData("string.strip_newlines", "This is a string. With another string", "This is a string.\r\n With \nanother \rstring")]
    [InlineData("string.strip_newlines", "testtest", "test\r\ntest\r\n")]
    [InlineData("string.strip_newlines", "", new object?[] { null })]
    public void Edits_remove_and_replace_as_Scriban_does(string function, string expected, params object?[] arguments)
        => Assert.Equal(expected, Text(function, arguments));

    [Theory]
    [InlineData("[\"Hi,\", \"how\", \"are\", \"you\", \"today?\"]", "Hi, how are you today?", " ")]
    [InlineData("[\"a\", \"b\", \"c\", \"d\", \"e\", \"f\"]", "a/b/c/d/e//f", "/")]
    [InlineData("[\"a\", \"b\", \"c\"]", "a,b,,c", ",")]
    [InlineData("[\"abc\"]", "abc", "")]
    [InlineData("[\"abc\"]", "abc", null)]
    [InlineData("[]", "", ",")]
    [InlineData("[]", null, "/")]
    [InlineData("[\"a\", \"b\"]", " a b ", " ")]
    [InlineData("[\"k\", \"v\"]", "k=v", "=")]
    public void Split_is_ordinal_and_drops_empty_entries(string expected, string? text, string? separator)
        => Assert.Equal(expected, Text("string.split", text, separator));

    [Fact]
    public void Split_returns_an_indexable_array()
    {
        var parts = Assert.IsType<Renderer.Scriban.Runtime.ScriptArray>(Call("string.split", "a=b=c", "="));
        Assert.Equal(["a", "b", "c"], parts);
    }
}
