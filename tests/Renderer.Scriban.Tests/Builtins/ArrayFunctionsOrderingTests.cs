using Renderer.Scriban.Runtime;
using static Renderer.Scriban.Tests.Builtins.BuiltinCalls;

namespace Renderer.Scriban.Tests.Builtins;

/// <summary><c>array.sort</c>, <c>array.map</c> and <c>array.cycle</c>.</summary>
public sealed class ArrayFunctionsOrderingTests
{
    [Fact]
    public void Sort_orders_numbers_and_ranges_ascending()
    {
        Assert.Equal("[1, 3, 5, 9]", Text("array.sort", List(9, 3, 5, 1)));
        Assert.Equal("[2, 6, 10]", Text("array.sort", List(10, 2, 6)));
        Assert.Equal("[1, 2, 3, 4]", Text("array.sort", new ScriptRange(4, 1, false)));
        Assert.Equal("[]", Text("array.sort", [null]));
        Assert.Equal("[]", Text("array.sort", null, "name"));
        Assert.Equal("[]", Text("array.sort", List()));
    }

    [Fact]
    public void Sort_compares_strings_culture_aware_not_ordinally()
    {
        Assert.Equal("[\"a\", \"A\", \"b\", \"B\"]", Text("array.sort", List("b", "B", "a", "A")));
        Assert.Equal("[\"a\", \"A\", \"alpha\", \"b\", \"B\", \"Zeta\"]", Text("array.sort", List("b", "B", "a", "A", "Zeta", "alpha")));
        Assert.Equal("[\"10\", \"100\", \"9\"]", Text("array.sort", List("10", "9", "100")));
        Assert.Equal("[\"fruit\", \"Orange\"]", Text("array.sort", List("Orange", "fruit")));
    }

    [Fact]
    public void Sort_by_member_reads_each_item_and_falls_back_to_a_nested_path()
    {
        var byId = List(Object(("id", 5)), Object(("id", 1)), Object(("id", 10)));
        Assert.Equal("[{id: 1}, {id: 5}, {id: 10}]", Text("array.sort", byId, "id"));
        var nested = List(Object(("a", Object(("b", 2)))), Object(("a", Object(("b", 1)))));
        Assert.Equal("[{a: {b: 1}}, {a: {b: 2}}]", Text("array.sort", nested, "a.b"));
    }

    [Fact]
    public void Sort_is_stable_for_equal_keys()
    {
        var items = List(Object(("k", 1), ("n", "x")), Object(("k", 0), ("n", "y")), Object(("k", 1), ("n", "z")), Object(("k", 0), ("n", "w")));
        var sorted = Call("array.sort", items, "k");
        Assert.Equal("[\"y\", \"w\", \"x\", \"z\"]", Text("array.map", sorted, "n"));
    }

    [Fact]
    public void Sort_fails_on_mixed_types_like_the_default_comparer()
        => Assert.Equal("Failed to compare two elements in the array.", Error("array.sort", List(1, "a")));

    [Fact]
    public void Map_reads_a_member_of_each_item_and_skips_items_without_it()
    {
        var products = List(
            Object(("title", "orange"), ("type", "fruit")),
            Object(("title", "computer"), ("type", "electronics")),
            Object(("title", "sofa")));
        Assert.Equal("[\"fruit\", \"electronics\"]", Text("array.map", products, "type"));
        Assert.Equal("[]", Text("array.map", null, "name"));
        Assert.Equal("[]", Text("array.map", List(), "name"));
    }

    [Fact]
    public void Map_over_an_object_reads_its_key_value_pairs()
        => Assert.Equal("[\"a\", \"b\"]", Text("array.map", Object(("a", 1), ("b", 2)), "key"));

    [Fact]
    public void Map_is_lazy_like_Scribans_so_typeof_calls_it_an_iterator()
        => Assert.Equal("iterator", Call("object.typeof", Call("array.map", List(Object(("a", 1))), "a")));

    [Fact]
    public void Cycle_returns_the_next_item_on_each_call_per_list()
    {
        var context = new TemplateContext();
        var abc = string.Concat(Enumerable.Range(0, 5).Select(_ => Text(context, "array.cycle", List("a", "b", "c"))));
        var def = string.Concat(Enumerable.Range(0, 4).Select(_ => Text(context, "array.cycle", List("d", "e", "f"))));
        Assert.Equal("abcab", abc);
        Assert.Equal("defd", def);
    }

    [Fact]
    public void Cycles_of_different_lists_and_groups_advance_independently()
    {
        var context = new TemplateContext();
        var output = "";
        for (var i = 0; i < 4; i++)
        {
            output += Text(context, "array.cycle", List("a", "b", "c", "d"));
            output += Text(context, "array.cycle", List("d", "e"));
            output += Text(context, "array.cycle", List("g"));
            output += Text(context, "array.cycle", List());
        }

        Assert.Equal("adgbegcdgdeg", output);
        var grouped = "";
        for (var i = 0; i < 4; i++)
        {
            grouped += Text(context, "array.cycle", List("a", "b", "c", "d"), "group1");
            grouped += Text(context, "array.cycle", List("d", "e"), "group2");
        }

        Assert.Equal("adbecdde", grouped);
    }

    [Fact]
    public void Cycle_state_belongs_to_one_render()
    {
        Assert.Equal("a", Text("array.cycle", List("a", "b")));
        Assert.Equal("a", Text("array.cycle", List("a", "b")));
    }
}
