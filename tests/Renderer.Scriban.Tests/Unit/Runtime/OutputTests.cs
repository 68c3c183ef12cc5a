namespace Renderer.Scriban.Tests.Unit.Runtime;

/// <summary>Whitespace control (§1.3) and auto-indent (§1.4) as seen in rendered output.</summary>
public sealed class OutputTests
{
    [Fact]
    public void A_multi_line_value_is_indented_like_its_tag()
        => Assert.Equal("   a\n   b\n   \nHello", TemplateRunner.RenderJson("   {{ v }}Hello", """{"v": "a\nb\n\n"}"""));

    [Fact]
    public void An_included_template_is_indented_under_the_callers_tag()
    {
        var loader = new Conformance.InMemoryTemplateLoader(new Dictionary<string, string> { ["lines"] = "a\nb" });

        Assert.Equal("x {\n    a\n    b\n}", TemplateRunner.Render("x {\n    {{ include 'lines' }}\n}", configure: c => c.TemplateLoader = loader));
    }

    [Fact]
    public void A_block_statement_on_an_indented_line_indents_its_body_again()
        => Assert.Equal("x\n  \n    line1\n    \ny", TemplateRunner.Render("x\n  {{ if true }}\n  line1\n  {{ end }}\ny"));

    [Fact]
    public void Auto_indent_can_be_turned_off()
        => Assert.Equal("    a\nb", TemplateRunner.Render("    {{ 'a\nb' }}", configure: c => c.AutoIndent = false));

    [Fact]
    public void Tilde_control_lines_leave_clean_output()
        => Assert.Equal("upstream {\n    server a;\n    server b;\n}\n",
            TemplateRunner.Render("upstream {\n{{~ for s in ['a', 'b'] ~}}\n    server {{ s }};\n{{~ end ~}}\n}\n"));

    [Fact]
    public void Capture_collects_the_rendered_body_as_a_string()
        => Assert.Equal("[ab1]", TemplateRunner.Render("{{ capture x }}ab{{ 1 }}{{ end }}[{{ x }}]"));

    [Fact]
    public void Escape_blocks_are_copied_verbatim()
        => Assert.Equal("{{ not code }} here", TemplateRunner.Render("{%{{{ not code }} here}%}"));

    [Fact]
    public void A_top_level_ret_writes_its_value_and_stops()
        => Assert.Equal("before5", TemplateRunner.Render("before{{ ret 5 }}after"));
}
