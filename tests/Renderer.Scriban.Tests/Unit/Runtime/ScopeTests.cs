using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Tests.Unit.Runtime;

public sealed class ScopeTests
{
    [Fact]
    public void A_loop_variable_reverts_to_its_previous_value_after_the_loop()
        => Assert.Equal("1|2|1", TemplateRunner.Render("{{ x = 1; x }}|{{ for x in [2] }}{{ x }}{{ end }}|{{ x }}"));

    [Fact]
    public void Assignments_inside_a_loop_body_persist_after_the_loop()
        => Assert.Equal("3", TemplateRunner.Render("{{ for i in 1..3; last = i; end; last }}"));

    [Fact]
    public void Dollar_locals_and_plain_names_are_distinct()
        => Assert.Equal("1|2", TemplateRunner.Render("{{ $x = 1; x = 2; $x }}|{{ x }}"));

    [Fact]
    public void A_simple_function_writes_plain_names_to_the_callers_globals()
        => Assert.Equal("5", TemplateRunner.Render("{{ func f; y = 5; end; f; y }}"));

    [Fact]
    public void A_function_with_parameters_keeps_new_names_local()
        => Assert.Equal("[]", TemplateRunner.Render("{{ func f(a); tmp = a; end; f 1 }}[{{ tmp }}]"));

    [Fact]
    public void A_function_with_parameters_updates_names_that_exist_globally()
        => Assert.Equal("7", TemplateRunner.Render("{{ c = 0; func f(a); c = a; end; f 7; c }}"));

    [Fact]
    public void A_function_does_not_see_its_callers_parameters()
        => Assert.Equal("[]", TemplateRunner.Render("{{ func inner; ret a; end; func outer(a); ret inner; end }}[{{ outer 5 }}]"));

    [Fact]
    public void With_writes_plain_assignments_into_its_target()
        => Assert.Equal("{x: 1, y: 2}", TemplateRunner.Render("{{ a = {x: 1}; with a; y = 2; end; a }}"));

    [Fact]
    public void Readonly_variables_refuse_assignment()
        => Assert.Equal("<input>(1,23) : error : Cannot set the readonly variable `x`", TemplateRunner.RenderError("{{ x = 1; readonly x; x = 2 }}"));

    [Fact]
    public void Builtin_names_can_be_shadowed_by_assignment()
        => Assert.Equal("s", TemplateRunner.Render("{{ string = 's'; string }}"));

    [Fact]
    public void Strict_variables_turn_unknown_names_into_errors()
        => Assert.Equal(
            "<input>(1,4) : error : The variable or function `nope` was not found",
            TemplateRunner.RenderError("{{ nope }}", configure: c => c.StrictVariables = true));

    [Fact]
    public void An_included_template_shares_globals_and_loop_variables()
    {
        var loader = new Conformance.InMemoryTemplateLoader(new Dictionary<string, string> { ["item"] = "{{ i }}{{ seen = true }}" });

        var output = TemplateRunner.Render("{{ for i in 1..3; include 'item'; end }}{{ seen }}", configure: c => c.TemplateLoader = loader);

        Assert.Equal("123true", output);
    }

    [Fact]
    public void An_included_template_gets_its_arguments_in_a_fresh_local_scope()
    {
        var loader = new Conformance.InMemoryTemplateLoader(new Dictionary<string, string> { ["t"] = "{{ $0 }}:{{ $1 }}:{{ $name }}:{{ $.name }}:{{ $x }}" });

        var output = TemplateRunner.Render("{{ $x = 'outer'; include 't' 'a' name: 'n' }}", configure: c => c.TemplateLoader = loader);

        Assert.Equal("t:a:n:n:", output);
    }
}
