namespace Renderer.Scriban.Tests.Unit.Runtime;

public sealed class CallTests
{
    [Fact]
    public void A_pipe_feeds_the_first_call_made_on_its_right()
        => Assert.Equal("124", TemplateRunner.Render("{{ '123' | string.to_int + 1 }}"));

    [Fact]
    public void Pipes_chain_left_to_right()
        => Assert.Equal("A-B", TemplateRunner.Render("{{ 'a-b' | string.upcase | string.strip }}"));

    [Fact]
    public void A_pipe_into_something_that_is_not_a_function_is_an_error()
        => Assert.Equal(
            "<input>(1,15) : error : Pipe expression destination `a` is not a valid function ",
            TemplateRunner.RenderError("{{ a = 1; 2 | a }}"));

    [Fact]
    public void A_function_value_reached_by_name_is_called_without_arguments()
        => Assert.Equal("hi", TemplateRunner.Render("{{ func f; ret 'hi'; end; f }}"));

    [Fact]
    public void At_sign_yields_the_function_without_calling_it()
        => Assert.Equal("2,3", TemplateRunner.Render("{{ [1, 2] | array.each @(do; ret $0 + 1; end) | array.join ',' }}"));

    [Fact]
    public void Spread_passes_list_items_as_arguments()
        => Assert.Equal("6", TemplateRunner.Render("{{ func sum; ret $0 + $1 + $2; end; sum ^[1, 2, 3] }}"));

    [Fact]
    public void Named_arguments_land_on_their_parameter()
        => Assert.Equal("ell", TemplateRunner.Render("{{ 'hello' | string.slice1 1 length: 3 }}"));

    [Fact]
    public void Optional_and_variadic_parameters_get_defaults_and_the_rest()
        => Assert.Equal("1-10-[]|1-2-[3, 4]", TemplateRunner.Render("{{ func f(a, b = 10, rest...); ret a + '-' + b + '-' + rest; end; f 1 }}|{{ f 1 2 3 4 }}"));

    [Fact]
    public void Too_few_arguments_are_reported_just_after_the_call()
        => Assert.Equal(
            "<input>(1,30) : error : Invalid number of arguments `0` passed to `f()` while expecting `1` arguments",
            TemplateRunner.RenderError("{{ func f(a); ret a; end; f() }}"));

    [Fact]
    public void An_unknown_function_with_arguments_is_an_error()
        => Assert.Equal("<input>(1,4) : error : The function `foo` was not found", TemplateRunner.RenderError("{{ foo 1 }}"));

    [Fact]
    public void Calling_a_value_that_is_not_a_function_names_its_type()
        => Assert.Equal("<input>(1,11) : error : Invalid target function `1` (int)", TemplateRunner.RenderError("{{ x = 1; x 2 }}"));

    [Fact]
    public void Output_written_inside_a_function_appears_at_call_time()
        => Assert.Equal("out|256", TemplateRunner.Render("{{ func g; 'out'; ret 256; end; x = g }}|{{ x }}"));

    [Fact]
    public void Recursion_beyond_the_limit_is_a_positioned_error()
        => Assert.Equal(
            "<input>(1,24) : error : Exceeding number of recursive depth limit `100` for node: `recursive`",
            TemplateRunner.RenderError("{{ func recursive; ret recursive; end; recursive }}"));

    [Fact]
    public void Unlimited_recursion_still_ends_in_an_error_not_a_crash()
    {
        var message = TemplateRunner.RenderError("{{ f(x) = f(x); f 1 }}", configure: c => c.RecursiveLimit = 0);

        Assert.Contains("nested too deeply", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrap_runs_the_block_where_the_function_uses_double_dollar()
        => Assert.Equal("<b>x</b>", TemplateRunner.Render("{{ func bold; '<b>'; $$; '</b>'; end; wrap bold }}x{{ end }}"));

    [Fact]
    public void Object_eval_returns_the_last_value_and_eval_template_renders()
        => Assert.Equal("3|a2", TemplateRunner.Render("{{ '1 + 2' | object.eval }}|{{ 'a{{ 1 + 1 }}' | object.eval_template }}"));
}
