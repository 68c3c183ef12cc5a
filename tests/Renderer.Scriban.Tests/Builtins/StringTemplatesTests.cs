using static Renderer.Scriban.Tests.Builtins.TemplateRendering;

namespace Renderer.Scriban.Tests.Builtins;

/// <summary>Every <c>string</c> function rendered from a template: Scriban's documented examples verbatim, then spec §6 and test 430-string.</summary>
public sealed class StringTemplatesTests
{
    [RenderTheory]
    [InlineData("{{ \"Hel\\tlo\\n\\\"W\\\\orld\" | string.escape }}", "Hel\\tlo\\n\\\"W\\\\orld")]
    [InlineData("{{ \"Hello\" | string.append \" World\" }}", "Hello World")]
    [InlineData("{{ \"test\" | string.capitalize }}", "Test")]
    [InlineData("{{ \"This is easy\" | string.capitalizewords }}", "This Is Easy")]
    [InlineData("{{ \"This is easy\" | string.contains \"easy\" }}", "true")]
    [InlineData("{{ \"\" | string.empty }}", "true")]
    [InlineData("{{ \"\" | string.whitespace }}", "true")]
    [InlineData("{{ \"TeSt\" | string.downcase }}", "test")]
    [InlineData("{{ \"This is easy\" | string.ends_with \"easy\" }}", "true")]
    [InlineData("{{ \"Scriban\" | string.equals_ignore_case \"SCRIBAN\" }}", "true")]
    [InlineData("{{ '100% M & Ms!!!' | string.handleize  }}", "100-m-ms")]
    [InlineData("{{ 'Hello\\n\"World\"' | string.literal }}", "\"Hello\\n\\\"World\\\"\"")]
    [InlineData("{{ '   too many spaces' | string.lstrip  }}", "too many spaces")]
    [InlineData("{{ products.size }} {{products.size | string.pluralize 'product' 'products' }}", "7 products")]
    [InlineData("{{ \"World\" | string.prepend \"Hello \" }}", "Hello World")]
    [InlineData("{{ \"Hello, world. Goodbye, world.\" | string.remove \"world\" }}", "Hello, . Goodbye, .")]
    [InlineData("{{ \"Hello, world. Goodbye, world.\" | string.remove_first \"world\" }}", "Hello, . Goodbye, world.")]
    [InlineData("{{ \"Hello, world. Goodbye, world.\" | string.remove_last \"world\" }}", "Hello, world. Goodbye, .")]
    [InlineData("{{ \"Hello, world. Goodbye, world.\" | string.replace \"world\" \"buddy\" }}", "Hello, buddy. Goodbye, buddy.")]
    [InlineData("{{ \"Hello, world. Goodbye, world.\" | string.replace_first \"world\" \"buddy\" }}", "Hello, buddy. Goodbye, world.")]
    [InlineData("{{ '   too many spaces           ' | string.rstrip  }}", "   too many spaces")]
    [InlineData("{{ \"test\" | string.size }}", "4")]
    [InlineData("{{ \"hello\" | string.slice 0 }}\n{{ \"hello\" | string.slice 1 }}\n{{ \"hello\" | string.slice 1 3 }}\n{{ \"hello\" | string.slice 1 length:3 }}", "hello\nello\nell\nell")]
    [InlineData("{{ \"hello\" | string.slice1 0 }}\n{{ \"hello\" | string.slice1 1 }}\n{{ \"hello\" | string.slice1 1 3 }}\n{{ \"hello\" | string.slice1 1 length: 3 }}", "h\ne\nell\nell")]
    [InlineData("{{ for word in \"Hi, how are you today?\" | string.split ' ' ~}}\n{{ word }}\n{{ end ~}}", "Hi,\nhow\nare\nyou\ntoday?\n")]
    [InlineData("{{ \"This is easy\" | string.starts_with \"This\" }}", "true")]
    [InlineData("{{ '   too many spaces           ' | string.strip  }}", "too many spaces")]
    [InlineData("{{ \"This is a string.\\r\\n With \\nanother \\rstring\" | string.strip_newlines  }}", "This is a string. With another string")]
    [InlineData("{{ \"123\" | string.to_int + 1 }}", "124")]
    [InlineData("{{ \"123678912345678\" | string.to_long + 1 }}", "123678912345679")]
    [InlineData("{{ \"123.4\" | string.to_float + 1 }}", "124.4")]
    [InlineData("{{ \"123.4\" | string.to_double + 1 }}", "124.4")]
    [InlineData("{{ \"The cat came back the very next day\" | string.truncate 13 }}", "The cat ca...")]
    [InlineData("{{ \"The cat came back the very next day\" | string.truncatewords 4 }}", "The cat came back...")]
    [InlineData("{{ \"test\" | string.upcase }}", "TEST")]
    [InlineData("{{ \"test\" | string.md5 }}", "098f6bcd4621d373cade4e832627b4f6")]
    [InlineData("{{ \"test\" | string.sha1 }}", "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3")]
    [InlineData("{{ \"test\" | string.sha256 }}", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")]
    [InlineData("{{ \"test\" | string.sha512 }}", "ee26b0dd4af7e749aa1a8ee3c10ae9923f618980772e473f8819a5d4940e0db27ac185f8a0e1d5f84f88bc887fd67b143732c304cc5fa9ad8e6f57f50028a8ff")]
    [InlineData("{{ \"test\" | string.hmac_sha1 \"secret\" }}", "1aa349585ed7ecbd3b9c486a30067e395ca4b356")]
    [InlineData("{{ \"test\" | string.hmac_sha256 \"secret\" }}", "0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914")]
    [InlineData("{{ \"test\" | string.hmac_sha512 \"secret\" }}", "f8a4f0a209167bc192a1bffaa01ecdb09e06c57f96530d92ec9ccea0090d290e55071306d6b654f26ae0c8721f7e48a2d7130b881151f2cec8d61d941a6be88a")]
    [InlineData("hello{{ \"world\" | string.pad_left 10 }}", "hello     world")]
    [InlineData("{{ \"hello\" | string.pad_right 10 }}world", "hello     world")]
    [InlineData("{{ \"hello\" | string.base64_encode }}", "aGVsbG8=")]
    [InlineData("{{ \"aGVsbG8=\" | string.base64_decode }}", "hello")]
    [InlineData("{{ \"hello\" | string.index_of \"l\" }}|{{ \"Hello\" | string.index_of \"h\" 0 5 \"OrdinalIgnoreCase\" }}", "2|0")]
    public void Documented_examples_render_as_in_Scriban(string template, string expected)
    {
        var model = ProductModel();
        model["products"] = new Renderer.Scriban.Runtime.ScriptArray(Enumerable.Range(1, 7).Cast<object?>());
        Assert.Equal(expected, Render(template, model));
    }

    [RenderTheory]
    [InlineData("{{ ('a=b=c' | string.split '=')[1] }}|{{ x = 'k=v' | string.split '='; x[0] }}:{{ x[1] }}|{{ x.size }}", "b|k:v|2")]
    [InlineData("{{ 'a,b,,c' | string.split ',' }}|{{ 'abc' | string.split '' }}|{{ '' | string.split ',' }}|{{ ' a b ' | string.split ' ' }}", "[\"a\", \"b\", \"c\"]|[\"abc\"]|[]|[\"a\", \"b\"]")]
    [InlineData("{{ '12' | string.to_int + 1 }}|{{ 'x' | string.to_int }}|{{ ' 12 ' | string.to_int }}|{{ '12.5' | string.to_int }}", "13||12|")]
    [InlineData("{{ 'Hello' | string.replace_first 'L' 'x' }}|{{ 'Hello' | string.replace 'L' 'x' }}|{{ 'Hello' | string.remove_first 'L' }}", "Hexlo|Hello|Helo")]
    [InlineData("{{ 'hello' | string.slice1 1 length: 3 }}|{{ string.slice1 'hello' 1 3 }}|{{ string.slice1('hello', 1, 3) }}|{{ string.upcase('a') }}|{{ 'a' | string.upcase() }}", "ell|ell|ell|A|A")]
    [InlineData("{{ 'a-b-a' | string.replace_first 'A' 'x' fromEnd: true }}", "a-b-x")]
    [InlineData("{{ 'web.service' | string.ends_with 'service' ? 'svc' : 'other' }}", "svc")]
    [InlineData("{{ null | string.size }}|{{ null | string.append 'x' }}|{{ null | string.downcase }}|{{ null | string.truncate 3 }}", "0|x||")]
    [InlineData("{{ \"test\" | string.slice (-5) 3 }}|{{ \"test\" | string.slice (-10) }}|{{ \"test\" | string.slice1 (-2) }}", "te||s")]
    public void Spec_examples_render_as_observed_on_Scriban(string template, string expected)
        => Assert.Equal(expected, Render(template));

    [RenderFact]
    public void A_wrong_argument_count_is_a_positioned_error()
        => Assert.Contains(" : error : Invalid number of arguments `1` passed to `string.append", RenderError("{{ string.append 'a' }}"));
}
