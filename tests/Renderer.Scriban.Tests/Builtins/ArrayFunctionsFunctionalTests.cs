using Renderer.Scriban.Runtime;
using static Renderer.Scriban.Tests.Builtins.BuiltinCalls;

namespace Renderer.Scriban.Tests.Builtins;

/// <summary><c>array.each</c>, <c>array.filter</c> and <c>array.any</c>, which call a function value per item.</summary>
public sealed class ArrayFunctionsFunctionalTests
{
    private readonly TemplateContext _context = new();

    [Fact]
    public void Each_maps_every_item_through_the_function()
        => Assert.Equal("[\"a\", \"5\", \"6\"]", Text(_context, "array.each", List(" a", " 5", "6 "), Function(_context, "string.strip")));

    [Fact]
    public void Filter_keeps_items_whose_result_is_truthy()
        => Assert.Equal("[\"\", \"\"]", Text(_context, "array.filter", List("", "200", "", "400"), Function(_context, "string.empty")));

    [Fact]
    public void Each_and_filter_are_lazy_iterators_like_Scribans()
    {
        var mapped = Call(_context, "array.each", List("a"), Function(_context, "string.upcase"));
        Assert.Equal("iterator", Call(_context, "object.typeof", mapped));
    }

    [Fact]
    public void Each_and_filter_leave_the_list_as_is_without_a_function()
    {
        var list = List(1, 2);
        Assert.Same(list, Call(_context, "array.each", list, null));
        Assert.Null(Call(_context, "array.filter", null, Function(_context, "string.empty")));
    }

    [Fact]
    public void A_value_that_is_not_a_function_is_rejected_with_a_hint()
        => Assert.Equal("The parameter `x` is not a function. Maybe prefix it with @?", Error("array.each", List(1), "x"));

    [Fact]
    public void Any_passes_the_extra_arguments_after_the_item()
    {
        var contains = Function(_context, "string.contains");
        Assert.Equal(true, Call(_context, "array.any", List(" hello", " world", "20"), contains, "20"));
        Assert.Equal(false, Call(_context, "array.any", List(" hello", " world", "20"), contains, "30"));
        Assert.Equal(false, Call(_context, "array.any", null, contains, "30"));
    }

    [Fact]
    public void Errors_inside_the_function_are_reported_at_the_call()
    {
        var toInt = new DelegateScriptFunction("boom", 1, 1, _ => throw new InvalidOperationException("boom!"));
        var error = Assert.Throws<ScriptRuntimeException>(() => Call(_context, "array.any", List(1), toInt));
        Assert.Equal("boom!", error.OriginalMessage);
        Assert.Equal(Span, error.Span);
    }

    [Fact]
    public void Any_checks_the_arity_of_the_function()
    {
        var upcase = Function(_context, "string.upcase");
        var error = Assert.Throws<ScriptRuntimeException>(() => Call(_context, "array.any", List("a"), upcase, "extra"));
        Assert.Contains("Invalid number of arguments `2`", error.OriginalMessage);
    }

    [Fact]
    public void Lazy_sequences_count_against_the_loop_limit()
    {
        var context = new TemplateContext { LoopLimit = 3 };
        var upcase = Function(context, "string.upcase");
        var lazy = Call(context, "array.each", List("a", "b", "c", "d"), upcase);
        var error = Assert.Throws<ScriptRuntimeException>(() => Call(context, "array.join", lazy, ","));
        Assert.Equal("Exceeding number of iteration limit `3` for loop statement.", error.OriginalMessage);
    }
}
