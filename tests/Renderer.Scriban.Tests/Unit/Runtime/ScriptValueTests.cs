using System.Numerics;
using Renderer.Scriban.Parsing;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Tests.Unit.Runtime;

public sealed class ScriptValueTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData(false, false)]
    [InlineData(0, true)]
    [InlineData("", true)]
    public void Only_null_false_and_empty_are_falsy(object? value, bool expected)
        => Assert.Equal(expected, ScriptValue.IsTruthy(value));

    [Fact]
    public void Empty_collections_are_truthy_and_the_empty_object_is_not()
    {
        Assert.True(ScriptValue.IsTruthy(new ScriptArray()));
        Assert.False(ScriptValue.IsTruthy(EmptyScriptObject.Instance));
    }

    [Fact]
    public void Numbers_print_in_the_invariant_shortest_form()
    {
        Assert.Equal("1", ScriptValue.ToText(1.0));
        Assert.Equal("0.30000000000000004", ScriptValue.ToText(0.1 + 0.2));
        Assert.Equal("1E+20", ScriptValue.ToText(1e20));
        Assert.Equal("4.0", ScriptValue.ToText(4.0m));
        Assert.Equal("100000000000000000000", ScriptValue.ToText(BigInteger.Pow(10, 20)));
    }

    [Fact]
    public void Collections_print_items_in_their_nested_form()
    {
        var obj = new ScriptObject { ["a"] = 1, ["b c"] = "x\n" };
        var array = new ScriptArray { "a", null, true, 1.5, obj };

        Assert.Equal("[\"a\", null, true, 1.5, {a: 1, \"b c\": \"x\\n\"}]", ScriptValue.ToText(array));
    }

    [Fact]
    public void A_self_referencing_value_fails_instead_of_overflowing()
    {
        var array = new ScriptArray();
        array.Add(array);

        Assert.Throws<InvalidOperationException>(() => ScriptValue.ToText(array));
    }

    [Fact]
    public void Conversions_follow_the_invariant_culture_and_name_the_type_on_failure()
    {
        Assert.Equal(12, ScriptValue.ToInt("12"));
        Assert.Equal(0, ScriptValue.ToInt(null));
        var error = Assert.Throws<InvalidCastException>(() => ScriptValue.ToInt("x"));
        Assert.Equal("Unable to convert type `string` to int", error.Message);
    }

    [Fact]
    public void Equality_follows_the_template_operators()
    {
        var context = new TemplateContext();
        var span = SourceSpan.None("t");

        Assert.True(ScriptOperators.AreEqual(context, span, "1", 1));
        Assert.True(ScriptOperators.AreEqual(context, span, 1, 1.0));
        Assert.True(ScriptOperators.AreEqual(context, span, new ScriptArray { 1, 2 }, new ScriptArray { 1, 2 }));
        Assert.False(ScriptOperators.AreEqual(context, span, new ScriptObject(), new ScriptObject()));
        Assert.False(ScriptOperators.AreEqual(context, span, "", null));
    }

    [Fact]
    public void Members_of_objects_lists_and_strings_are_read_like_templates_do()
    {
        Assert.True(ScriptValue.TryGetMember(new ScriptArray { 1, 2 }, "size", out var size));
        Assert.Equal(2, size);
        Assert.True(ScriptValue.TryGetMember("abc", "size", out var length));
        Assert.Equal(3, length);
        Assert.False(ScriptValue.TryGetMember(new ScriptObject { ["a"] = 1 }, "size", out _));
    }

    [Fact]
    public void Script_objects_keep_insertion_order_across_removal()
    {
        var obj = new ScriptObject { ["c"] = 1, ["a"] = 2, ["b"] = 3 };

        obj.Remove("a");
        obj["d"] = 4;

        Assert.Equal(["c", "b", "d"], obj.Keys);
        Assert.Equal(3, obj["b"]);
    }
}
