using static Renderer.Scriban.Tests.Builtins.BuiltinCalls;

namespace Renderer.Scriban.Tests.Builtins;

/// <summary>Conversions, escaping, hashing and Base64 of the <c>string</c> group.</summary>
public sealed class StringFunctionsConversionsTests
{
    [Fact]
    public void To_int_parses_invariantly_allows_surrounding_whitespace_and_gives_null_on_failure()
    {
        Assert.Equal(123, Call("string.to_int", "123"));
        Assert.Equal(12, Call("string.to_int", " 12 "));
        Assert.Equal(-4, Call("string.to_int", "-4"));
        Assert.Null(Call("string.to_int", "12.5"));
        Assert.Null(Call("string.to_int", "x"));
        Assert.Null(Call("string.to_int", [null]));
    }

    [Fact]
    public void To_long_to_float_and_to_double_return_their_own_numeric_types()
    {
        Assert.Equal(1234567891234567L, Call("string.to_long", "1234567891234567"));
        Assert.Equal(123.2f, Call("string.to_float", "123.2"));
        Assert.Equal(123.2d, Call("string.to_double", "123.2"));
        Assert.Equal(1234.5d, Call("string.to_double", "1,234.5"));
        Assert.Null(Call("string.to_long", "1.5"));
        Assert.Null(Call("string.to_float", "abc"));
        Assert.Null(Call("string.to_double", ""));
    }

    [Theory]
    [InlineData("string.escape", "Hel\\tlo\\n\\\"W\\\\orld", "Hel\tlo\n\"W\\orld")]
    [InlineData("string.escape", "a\\x01b", "a\u0001b")]
    [InlineData("string.literal", "\"Hello\\n\\\"World\\\"\"", "Hello\n\"World\"")]
    [InlineData("string.literal", "null", null)]
    [InlineData("string.handleize", "100-m-ms", "100% M & Ms!!!")]
    [InlineData("string.handleize", "this-is-a-value", "This & is a @@^^&%%%%% value@@")]
    [InlineData("string.base64_encode", "aGVsbG8=", "hello")]
    [InlineData("string.base64_decode", "hello", "aGVsbG8=")]
    [InlineData("string.base64_encode", "w6k=", "é")]
    [InlineData("string.base64_encode", "", null)]
    public void Escaping_and_encoding_match_Scriban(string function, string expected, object? text)
        => Assert.Equal(expected, Text(function, text));

    [Fact]
    public void Escape_keeps_null_as_null()
        => Assert.Null(Call("string.escape", [null]));

    [Fact]
    public void Base64_decode_reports_invalid_input()
        => Assert.Contains("Base-64", Error("string.base64_decode", "not base64!"));

    [Theory]
    [InlineData("string.md5", "098f6bcd4621d373cade4e832627b4f6")]
    [InlineData("string.sha1", "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3")]
    [InlineData("string.sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")]
    [InlineData("string.sha512", "ee26b0dd4af7e749aa1a8ee3c10ae9923f618980772e473f8819a5d4940e0db27ac185f8a0e1d5f84f88bc887fd67b143732c304cc5fa9ad8e6f57f50028a8ff")]
    public void Hashes_are_lower_case_hex_of_the_utf8_bytes(string function, string expected)
        => Assert.Equal(expected, Text(function, "test"));

    [Theory]
    [InlineData("string.hmac_sha1", "1aa349585ed7ecbd3b9c486a30067e395ca4b356")]
    [InlineData("string.hmac_sha256", "0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914")]
    [InlineData("string.hmac_sha512", "f8a4f0a209167bc192a1bffaa01ecdb09e06c57f96530d92ec9ccea0090d290e55071306d6b654f26ae0c8721f7e48a2d7130b881151f2cec8d61d941a6be88a")]
    public void Hmacs_use_the_secret_key(string function, string expected)
        => Assert.Equal(expected, Text(function, "test", "secret"));
}
