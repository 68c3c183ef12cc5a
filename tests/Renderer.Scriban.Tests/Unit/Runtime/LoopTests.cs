namespace Renderer.Scriban.Tests.Unit.Runtime;

public sealed class LoopTests
{
    [Fact]
    public void Nested_iterations_count_against_one_limit_reported_at_the_inner_loop()
        => Assert.Equal(
            "<input>(1,20) : error : Exceeding number of iteration limit `1000` for loop statement.",
            TemplateRunner.RenderError("{{ for i in 1..40; for j in 1..30; end; end }}", configure: c => c.LoopLimit = 1000));

    [Fact]
    public void The_count_restarts_with_each_outermost_loop()
        => Assert.Equal("ok", TemplateRunner.Render("{{ for i in 1..600; end; for j in 1..600; end }}ok", configure: c => c.LoopLimit = 1000));

    [Fact]
    public void A_zero_loop_limit_means_unlimited()
        => Assert.Equal("5000", TemplateRunner.Render("{{ n = 0; for i in 1..5000; n += 1; end; n }}", configure: c => c.LoopLimit = 0));

    [Fact]
    public void While_loops_count_too()
        => Assert.Contains(
            "Exceeding number of iteration limit `10`",
            TemplateRunner.RenderError("{{ while true; end }}", configure: c => c.LoopLimit = 10),
            StringComparison.Ordinal);

    [Fact]
    public void Offset_reversed_and_limit_apply_in_that_order()
        => Assert.Equal("432", TemplateRunner.Render("{{ for v in [1,2,3,4] limit:3 reversed offset:1 }}{{ v }}{{ end }}"));

    [Fact]
    public void Loop_variables_describe_the_innermost_loop()
        => Assert.Equal("0:true:false:2,1:false:true:2,", TemplateRunner.Render("{{ for x in ['a','b'] }}{{ for.index }}:{{ for.first }}:{{ for.last }}:{{ for.length }},{{ end }}"));

    [Fact]
    public void Break_and_continue_steer_the_loop()
        => Assert.Equal("13", TemplateRunner.Render("{{ for i in 1..5; if i == 2; continue; end; if i == 4; break; end; i; end }}"));

    [Fact]
    public void Break_outside_a_loop_is_an_error()
        => Assert.Equal("<input>(1,4) : error : The <break> statement can only be used inside for/while loops", TemplateRunner.RenderError("{{ break }}"));

    [Fact]
    public void A_cancelled_token_stops_a_loop()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.Throws<OperationCanceledException>(() => TemplateRunner.Render("{{ for i in 1..5; end }}", configure: c => c.CancellationToken = source.Token));
    }

    [Fact]
    public void Tablerow_wraps_items_in_rows_and_cells()
        => Assert.Equal(
            "<tr class=\"row1\"><td class=\"col1\">1</td><td class=\"col2\">2</td></tr>\n<tr class=\"row2\"><td class=\"col1\">3</td></tr>\n",
            TemplateRunner.Render("{{ tablerow i in (1..3) cols: 2 }}{{ i }}{{ end }}"));
}
