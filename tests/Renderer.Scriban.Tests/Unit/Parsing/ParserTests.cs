using System.Text;
using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Tests.Unit.Parsing;

public sealed class ParserTests
{
    [Fact]
    public void Ten_thousand_nested_parentheses_give_a_positioned_depth_error_instead_of_overflowing()
    {
        var text = "{{ " + new string('(', 10_000) + "1" + new string(')', 10_000) + " }}";

        var template = Template.Parse(text);

        Assert.True(template.HasErrors);
        Assert.Contains(template.Diagnostics, d => d.Message.Contains("The statement depth limit `250` was reached", StringComparison.Ordinal));
        Assert.All(template.Diagnostics, d => Assert.Equal("<input>", d.Span.SourceName));
    }

    [Fact]
    public void Ten_thousand_nested_if_blocks_give_a_positioned_depth_error_instead_of_overflowing()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            builder.Append("{{ if true }}");
        }

        for (var i = 0; i < 10_000; i++)
        {
            builder.Append("{{ end }}");
        }

        var template = Template.Parse(builder.ToString());

        Assert.True(template.HasErrors);
        Assert.Contains("depth limit", template.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(1, template.Diagnostics[0].Span.Start.Line);
    }

    [Theory]
    [InlineData(" + 1")]
    [InlineData(".a")]
    [InlineData("[0]")]
    public void Ten_thousand_chained_operators_or_members_give_a_depth_error_instead_of_overflowing(string link)
    {
        var text = "{{ x" + string.Concat(Enumerable.Repeat(link, 10_000)) + " }}";

        var template = Template.Parse(text);

        Assert.Contains(template.Diagnostics, d => d.Message.Contains("depth limit", StringComparison.Ordinal));
    }

    [Fact]
    public void A_call_with_many_arguments_is_not_a_deep_expression()
    {
        var text = "{{ f" + string.Concat(Enumerable.Repeat(" a.b + 1", 300)) + " }}";

        Assert.False(Template.Parse(text).HasErrors);
    }

    [Fact]
    public void A_missing_right_operand_names_the_token_found_instead()
        => Assert.Equal(
            "<input>(1,8) : error : Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `}}` in: <expression> operator <expression>",
            TemplateRunner.ParseErrors("{{ 1 + }}"));

    [Fact]
    public void Anything_after_else_on_the_same_statement_stops_parsing()
        => Assert.Equal(
            "<input>(1,23) : error : Invalid token found `test`. Expecting <EOL>/end of line.",
            TemplateRunner.ParseErrors("{{ if true }}a{{ else test }}b{{ end }}"));

    [Fact]
    public void A_block_without_end_is_reported_with_its_statement_kind()
        => Assert.Contains(
            "Error while parsing if statement: The <end> statement was not found in: if <expression> ... end|else|else if",
            TemplateRunner.ParseErrors("{{ if true }}a"),
            StringComparison.Ordinal);

    [Fact]
    public void Parser_messages_come_before_lexer_messages()
    {
        var errors = TemplateRunner.ParseErrors("{{ \"a\\.b\" }}").Split('\n');

        Assert.Equal("<input>(1,4) : error : Unexpected escape character `.` in string", errors[0]);
        Assert.StartsWith("<input>(1,7) : error : Unexpected escape character `.` in string. Only", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_newline_inside_parentheses_is_an_error()
        => Assert.Contains("Expecting a closing `)`", TemplateRunner.ParseErrors("{{ (1 +\n2) }}"), StringComparison.Ordinal);

    [Fact]
    public void A_pipe_may_continue_on_the_next_line()
        => Assert.Equal("ABC", TemplateRunner.Render("{{ 'abc' |\n   string.upcase }}"));

    [Fact]
    public void Juxtaposition_arguments_are_full_binary_expressions_but_stop_at_the_conditional()
    {
        var template = Template.Parse("{{ f 1 + 2 ? 3 : 4 }}");
        var statement = (ExpressionStatement)template.Body.Statements[1];

        var conditional = Assert.IsType<ConditionalExpression>(statement.Expression);
        var call = Assert.IsType<FunctionCallExpression>(conditional.Condition);
        Assert.IsType<BinaryExpression>(Assert.Single(call.Arguments));
    }

    [Fact]
    public void A_named_argument_value_is_a_single_operand()
    {
        var template = Template.Parse("{{ f a: 1 b: x.y }}");
        var call = Assert.IsType<FunctionCallExpression>(((ExpressionStatement)template.Body.Statements[1]).Expression);

        Assert.Equal(["a", "b"], call.Arguments.Cast<NamedArgumentExpression>().Select(a => a.Name));
    }

    [Fact]
    public void An_inline_function_definition_becomes_a_function_statement()
    {
        var template = Template.Parse("{{ double(x) = x * 2 }}");

        var function = Assert.IsType<FunctionStatement>(template.Body.Statements[1]);
        Assert.Equal("double", function.Function.Name);
        Assert.Equal("x", Assert.Single(function.Function.Parameters!).Name);
    }

    [Fact]
    public void Assignment_inside_an_expression_is_rejected()
        => Assert.Contains("Expression is only allowed for a top level assignment", TemplateRunner.ParseErrors("{{ x = y = 1 }}"), StringComparison.Ordinal);

    [Fact]
    public void An_unsupported_loop_variable_is_a_parse_error()
        => Assert.Equal("<input>(1,22) : error : The loop variable <for.bad> is not supported", TemplateRunner.ParseErrors("{{ for x in [1] }}{{ for.bad }}{{ end }}"));

    [Fact]
    public void Code_enter_records_the_indent_of_the_line_it_starts_on()
    {
        var template = Template.Parse("a\n   {{ x }}");

        var tag = Assert.IsType<TagStatement>(template.Body.Statements[1]);
        Assert.Equal("   ", tag.Indent);
    }
}
