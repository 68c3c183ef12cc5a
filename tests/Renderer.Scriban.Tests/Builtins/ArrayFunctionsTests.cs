using Renderer.Scriban.Runtime;
using static Renderer.Scriban.Tests.Builtins.BuiltinCalls;

namespace Renderer.Scriban.Tests.Builtins;

/// <summary>The list-building and reading functions of the <c>array</c> group (test 410-array, docs, spec §6).</summary>
public sealed class ArrayFunctionsTests
{
    [Fact]
    public void Limit_and_offset_take_and_skip_items()
    {
        Assert.Equal("[1, 2]", Text("array.limit", List(1, 2, 3, 4), 2));
        Assert.Equal("[]", Text("array.limit", List(1, 2, 3, 4), 0));
        Assert.Equal("[]", Text("array.limit", List(1, 2, 3, 4), -1));
        Assert.Equal("[3, 4]", Text("array.offset", List(1, 2, 3, 4), 2));
        Assert.Equal("[1, 2, 3, 4]", Text("array.offset", List(1, 2, 3, 4), 0));
        Assert.Equal("[1, 2, 3, 4]", Text("array.offset", List(1, 2, 3, 4), -1));
        Assert.Equal("[]", Text("array.offset", List(1, 2, 3, 4), 10));
        Assert.Null(Call("array.limit", null, 2));
        Assert.Null(Call("array.offset", null, 2));
    }

    [Fact]
    public void First_and_last_read_lists_and_ranges_and_give_null_when_empty()
    {
        Assert.Equal(1, Call("array.first", List(1, 2, 3, 4)));
        Assert.Equal(4, Call("array.last", List(1, 2, 3, 4)));
        Assert.Equal(1, Call("array.first", new ScriptRange(1, 5, false)));
        Assert.Equal(5, Call("array.last", new ScriptRange(1, 5, false)));
        Assert.Null(Call("array.first", [null]));
        Assert.Null(Call("array.last", [null]));
        Assert.Null(Call("array.first", List()));
    }

    [Fact]
    public void Size_counts_items_characters_and_members_and_is_zero_for_null()
    {
        Assert.Equal(4, Call("array.size", List(1, 5, 7, 9)));
        Assert.Equal(3, Call("array.size", new ScriptRange(2, 4, false)));
        Assert.Equal(0, Call("array.size", [null]));
        Assert.Equal(3, Call("array.size", "abc"));
        Assert.Equal(1, Call("array.size", Object(("a", 1))));
    }

    [Fact]
    public void Join_uses_the_text_form_of_items_with_null_as_empty()
    {
        Assert.Equal("1 | 2 | 3 | 4", Text("array.join", List(1, 2, 3, 4), " | "));
        Assert.Equal("1 | 2 | 3 | 4 | 5", Text("array.join", new ScriptRange(1, 5, false), " | "));
        Assert.Equal("1|2|3", Text("array.join", List(1, 2, 3), "|"));
        Assert.Equal(",a,[1, \"b\"]", Text("array.join", List(null, "a", List(1, "b")), ","));
        Assert.Equal("", Text("array.join", null, ","));
    }

    [Fact]
    public void Join_passes_each_item_text_through_the_optional_function()
    {
        var context = new TemplateContext();
        var upcase = Function(context, "string.upcase");
        Assert.Equal("A-B", Text(context, "array.join", List("a", "b"), "-", upcase));
    }

    [Fact]
    public void Add_insert_and_remove_return_new_lists()
    {
        var input = List(1, 2, 3, 4);
        Assert.Equal("[1, 2, 3, 4, 5]", Text("array.add", input, 5));
        Assert.Equal("[1, 2, 3, 4, 5, 6, 7, 8]", Text("array.add_range", input, List(5, 6, 7, 8)));
        Assert.Equal("[2, 3, 4]", Text("array.remove_at", input, 0));
        Assert.Equal("[1, 2, 3]", Text("array.remove_at", input, -1));
        Assert.Equal("[1, 2, 3, 4]", Text("array.remove_at", input, 9));
        Assert.Equal("[1, 9, 2, 3, 4]", Text("array.insert_at", input, 1, 9));
        Assert.Equal("[\"a\", \"b\", \"Yo\", \"c\"]", Text("array.insert_at", List("a", "b", "c"), 2, "Yo"));
        Assert.Equal("[4, 3, 2, 1]", Text("array.reverse", input));
        Assert.Equal("[1, 2, 3, 4]", ScriptValue.ToText(input));
    }

    [Fact]
    public void Null_lists_act_as_empty_where_Scriban_does()
    {
        Assert.Equal("[]", Text("array.reverse", [null]));
        Assert.Equal("[]", Text("array.remove_at", null, 0));
        Assert.Equal("[5]", Text("array.add", null, 5));
        Assert.Equal("[5]", Text("array.add_range", null, List(5)));
        Assert.Equal("[5]", Text("array.add_range", List(5), null));
        Assert.Equal("[5]", Text("array.insert_at", null, -1, 5));
        Assert.Equal("[null, 5]", Text("array.insert_at", null, 1, 5));
        Assert.Null(Call("array.uniq", [null]));
        Assert.Null(Call("array.compact", [null]));
    }

    [Fact]
    public void Concat_is_null_only_when_both_lists_are_null()
    {
        Assert.Equal("[1, 2, 3, 5, 6]", Text("array.concat", List(1, 2, 3), List(5, 6)));
        Assert.Equal("[5, 6]", Text("array.concat", null, List(5, 6)));
        Assert.Equal("[1, 2, 3]", Text("array.concat", List(1, 2, 3), null));
        Assert.Null(Call("array.concat", null, null));
    }

    [Fact]
    public void Compact_drops_nulls_and_uniq_keeps_first_occurrences()
    {
        Assert.Equal("[1, 3]", Text("array.compact", List(1, null, 3)));
        Assert.Equal("[1, 2, 3]", Text("array.uniq", List(1, 1, 2, 2, 3)));
        Assert.Equal("[1, 4, 5, 8]", Text("array.uniq", List(1, 1, 4, 5, 8, 8)));
        Assert.Equal("[\"b\", \"a\"]", Text("array.uniq", List("b", "a", "b")));
    }

    [Fact]
    public void Uniq_and_contains_compare_with_Equals_so_types_matter()
    {
        Assert.Equal("[1, 1]", Text("array.uniq", List(1, 1L)));
        Assert.Equal(true, Call("array.contains", List(1, 2, 3, 4), 4));
        Assert.Equal(false, Call("array.contains", List(1, 2, 3, 4), 4L));
        Assert.Equal(true, Call("array.contains", List("http", "v1"), "http"));
        Assert.Equal(false, Call("array.contains", null, "http"));
    }

    [Fact]
    public void A_single_value_is_a_one_item_list()
    {
        Assert.Equal("[5]", Text("array.sort", 5));
        Assert.Equal(1, Call("array.size", 5));
    }
}
