using Renderer.Scriban.Runtime;
using static Renderer.Scriban.Tests.Builtins.BuiltinCalls;

namespace Renderer.Scriban.Tests.Builtins;

/// <summary>The <c>object</c> group (test 450-object, docs, spec §6).</summary>
public sealed class ObjectFunctionsTests
{
    private static readonly ScriptObject Product = Object(("title", "Orange"), ("type", "fruit"), ("discount", null));

    [Fact]
    public void Default_replaces_only_null_and_the_empty_string()
    {
        Assert.Equal("Yo", Call("object.default", null, "Yo"));
        Assert.Equal("d", Call("object.default", "", "d"));
        Assert.Equal("tada", Call("object.default", "tada", "yoyo"));
        Assert.Equal(false, Call("object.default", false, "d"));
        Assert.Equal(0, Call("object.default", 0, "d"));
        Assert.Equal(" ", Call("object.default", " ", "d"));
    }

    [Fact]
    public void Has_key_and_has_value_look_at_object_members()
    {
        Assert.Equal(true, Call("object.has_key", Product, "title"));
        Assert.Equal(false, Call("object.has_key", Product, "yoyo"));
        Assert.Equal(true, Call("object.has_key", Product, "discount"));
        Assert.Equal(false, Call("object.has_value", Product, "discount"));
        Assert.Equal(true, Call("object.has_value", Product, "title"));
        Assert.Equal(false, Call("object.has_key", null, "member"));
        Assert.Equal(false, Call("object.has_key", null, null));
        Assert.Equal(false, Call("object.has_value", null, "member"));
    }

    [Fact]
    public void Keys_and_values_keep_insertion_order_and_are_empty_for_null()
    {
        Assert.Equal("[\"a\", \"b\"]", Text("object.keys", Object(("a", 1), ("b", 2))));
        Assert.Equal("[1, 2]", Text("object.values", Object(("a", 1), ("b", 2))));
        Assert.Equal("[]", Text("object.keys", [null]));
        Assert.Equal("[]", Text("object.values", [null]));
    }

    [Fact]
    public void Size_counts_characters_items_and_members_and_is_zero_otherwise()
    {
        Assert.Equal(3, Call("object.size", "obj"));
        Assert.Equal(2, Call("object.size", List(1, 2)));
        Assert.Equal(1, Call("object.size", Object(("a", 1))));
        Assert.Equal(5, Call("object.size", new ScriptRange(1, 5, false)));
        Assert.Equal(0, Call("object.size", 5));
        Assert.Equal(0, Call("object.size", [null]));
    }

    [Fact]
    public void Typeof_names_the_coarse_type()
    {
        var context = new TemplateContext();
        Assert.Null(Call("object.typeof", [null]));
        Assert.Equal("boolean", Call("object.typeof", true));
        Assert.Equal("number", Call("object.typeof", 1));
        Assert.Equal("number", Call("object.typeof", 1.0));
        Assert.Equal("string", Call("object.typeof", "text"));
        Assert.Equal("iterator", Call("object.typeof", new ScriptRange(1, 5, false)));
        Assert.Equal("array", Call("object.typeof", List(1, 2, 3, 4, 5)));
        Assert.Equal("object", Call("object.typeof", new ScriptObject()));
        Assert.Equal("object", Call(context, "object.typeof", context.BuiltinObject["object"]));
    }

    [Fact]
    public void Kind_names_the_detailed_type()
    {
        var context = new TemplateContext();
        Assert.Null(Call("object.kind", [null]));
        Assert.Equal("bool", Call("object.kind", true));
        Assert.Equal("int", Call("object.kind", 1));
        Assert.Equal("long", Call("object.kind", 1L));
        Assert.Equal("double", Call("object.kind", 1.0));
        Assert.Equal("decimal", Call("object.kind", 1.0m));
        Assert.Equal("bigint", Call("object.kind", System.Numerics.BigInteger.Pow(10, 40)));
        Assert.Equal("string", Call("object.kind", "text"));
        Assert.Equal("range", Call("object.kind", new ScriptRange(1, 5, false)));
        Assert.Equal("array", Call("object.kind", List(1)));
        Assert.Equal("object", Call("object.kind", new ScriptObject()));
        Assert.Equal("function", Call(context, "object.kind", Function(context, "string.upcase")));
        Assert.Equal("enum", Call("object.kind", DayOfWeek.Monday));
    }

    [Fact]
    public void Format_uses_the_dotnet_format_string_invariantly()
    {
        Assert.Equal("00FF", Call("object.format", 255, "X4"));
        Assert.Equal("1,523.00", Call("object.format", 1523, "N2", "en-US"));
        Assert.Equal("3.14", Call("object.format", 3.14159, "0.##"));
        Assert.Equal("abc", Call("object.format", "abc", "X4"));
        Assert.Equal("", Call("object.format", null, "X4"));
    }

    [Fact]
    public void To_json_writes_compact_json()
    {
        var value = Object(("foo", "bar"), ("baz", List(1, 2, 3)));
        Assert.Equal("{\"foo\":\"bar\",\"baz\":[1,2,3]}", Call("object.to_json", value));
        Assert.Equal("true", Call("object.to_json", true));
        Assert.Equal("null", Call("object.to_json", [null]));
        Assert.Equal("[1.5,\"a\\u0022b\",null,{}]", Call("object.to_json", List(1.5, "a\"b", null, new ScriptObject())));
        Assert.Equal("[1,2,3]", Call("object.to_json", new ScriptRange(1, 3, false)));
    }

    [Fact]
    public void From_json_builds_objects_arrays_and_numbers()
    {
        var value = Assert.IsType<ScriptObject>(Call("object.from_json", "{ \"foo\": 123, \"list\": [1.5, \"x\", true, null] }"));
        Assert.Equal(123, value["foo"]);
        Assert.Equal("[1.5, \"x\", true, null]", ScriptValue.ToText(value["list"]));
        Assert.Null(Call("object.from_json", [null]));
        Assert.Equal(5000000000L, Call("object.from_json", "5000000000"));
    }

    [Fact]
    public void From_json_reports_invalid_json()
        => Assert.Contains("invalid", Error("object.from_json", "{ nope"), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Json_round_trips_through_both_functions()
    {
        const string json = "{\"name\":\"web\",\"tags\":[\"http\",\"v1\"],\"port\":8080,\"weight\":0.5,\"meta\":{}}";
        Assert.Equal(json, Call("object.to_json", Call("object.from_json", json)));
    }
}
