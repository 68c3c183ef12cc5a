using Renderer.Scriban.Parsing;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Tests.Unit.Runtime;

public sealed class HostFunctionTests
{
    private static ScriptObject ModelWith(string name, IScriptFunction function)
    {
        var model = new ScriptObject();
        model.SetFunction(name, function);
        return model;
    }

    [Fact]
    public void A_delegate_function_receives_positional_and_named_arguments()
    {
        var function = new DelegateScriptFunction("greet", ["name", "punctuation"], 1,
            call => $"hi {call.GetString(0)}{call.GetArgumentOrDefault(1, "!")}");

        var output = TemplateRunner.Render("{{ greet 'a' }}|{{ greet 'b' punctuation: '?' }}|{{ 'c' | greet }}", ModelWith("greet", function));

        Assert.Equal("hi a!|hi b?|hi c!", output);
    }

    [Fact]
    public void The_engine_checks_arity_before_calling_the_delegate()
    {
        var called = false;
        var function = new DelegateScriptFunction("service", 1, 2, _ => called = true);

        var message = TemplateRunner.RenderError("{{ service }}", ModelWith("service", function));

        Assert.False(called);
        Assert.Equal("<input>(1,11) : error : Invalid number of arguments `0` passed to `service` while expecting `1` arguments", message);
    }

    [Fact]
    public void A_dotnet_exception_from_a_function_becomes_a_positioned_error()
    {
        var function = new DelegateScriptFunction("boom", 0, 0, _ => throw new InvalidOperationException("went wrong"));

        Assert.Equal("<input>(1,6) : error : went wrong", TemplateRunner.RenderError("ab{{ boom }}", ModelWith("boom", function)));
    }

    [Fact]
    public void A_runtime_error_discards_the_output_rendered_before_it()
    {
        var template = Template.Parse("lots of text {{ x.y }}");
        var context = new TemplateContext();
        context.PushGlobal(new ScriptObject());

        var error = Assert.Throws<ScriptRuntimeException>(() => template.Render(context));

        Assert.Equal("Cannot get the member x.y for a null object.", error.OriginalMessage);
        Assert.Equal(new TextPosition(18, 1, 19), error.Span.Start);
    }

    [Fact]
    public void A_builtin_can_call_a_function_value_through_the_context()
    {
        var twice = new DelegateScriptFunction("twice", 2, 2,
            call => call.Context.Invoke((IScriptFunction)call.GetArgument(0)!, [call.GetArgument(1)], call.Span));

        var output = TemplateRunner.Render("{{ twice @string.upcase 'x' }}", ModelWith("twice", twice));

        Assert.Equal("X", output);
    }

    [Fact]
    public void StepLoop_counts_against_the_loop_limit_of_the_surrounding_loop()
    {
        var spin = new DelegateScriptFunction("spin", 1, 1, call =>
        {
            for (var i = 0; i < call.GetInt(0); i++)
            {
                call.Context.StepLoop(call.Span);
            }

            return null;
        });

        var message = TemplateRunner.RenderError("{{ for i in 1..5; spin 3; end }}", ModelWith("spin", spin), c => c.LoopLimit = 10);

        Assert.Equal("<input>(1,4) : error : Exceeding number of iteration limit `10` for loop statement.", message);
    }

    [Fact]
    public void Per_render_state_is_kept_by_key()
    {
        var counter = new DelegateScriptFunction("next", 0, 0, call => ++call.Context.GetOrCreateState("counter", () => new int[1])[0]);

        Assert.Equal("123", TemplateRunner.Render("{{ next }}{{ next }}{{ next }}", ModelWith("next", counter)));
    }

    [Fact]
    public void A_nested_object_of_functions_is_reached_with_member_access()
    {
        var nginx = new ScriptObject();
        nginx.SetFunction("quote", new DelegateScriptFunction("nginx.quote", 1, 1, call => "\"" + call.GetString(0) + "\""));
        var model = new ScriptObject { ["nginx"] = nginx };

        Assert.Equal("\"a b\"", TemplateRunner.Render("{{ 'a b' | nginx.quote }}", model));
    }

    [Fact]
    public void Rendering_a_template_with_parse_errors_throws_with_every_message()
    {
        var template = Template.Parse("{{ 1 + }}", "bad.scriban");

        var error = Assert.Throws<TemplateParseException>(() => template.Render(new TemplateContext()));

        Assert.EndsWith("Messages:\nbad.scriban(1,8) : error : Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `}}` in: <expression> operator <expression>", error.Message, StringComparison.Ordinal);
    }
}
