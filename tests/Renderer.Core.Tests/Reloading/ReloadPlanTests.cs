using Renderer.Core.Reloading;

namespace Renderer.Core.Tests.Reloading;

public sealed class ReloadPlanTests
{
    [Fact]
    public void Each_distinct_command_is_planned_once_in_first_seen_order()
    {
        var plan = ReloadPlan.From(["nginx -s reload", "kill -HUP 42", "nginx -s reload", " kill -HUP 42 ", null, "", "  "]);

        Assert.Equal(["nginx -s reload", "kill -HUP 42"], plan.Commands);
    }

    [Fact]
    public void Adding_returns_a_new_plan_and_leaves_the_original_alone()
    {
        var first = ReloadPlan.Empty.Add("a");

        var second = first.Add("b");

        Assert.Equal(["a"], first.Commands);
        Assert.Equal(["a", "b"], second.Commands);
        Assert.Same(second, second.Add("a"));
    }

    [Fact]
    public void Commands_that_differ_inside_are_both_planned()
    {
        var plan = ReloadPlan.From(["nginx -s reload", "nginx  -s reload"]);

        Assert.Equal(2, plan.Commands.Count);
    }

    [Fact]
    public void Plans_with_the_same_commands_and_limits_are_equal()
    {
        Assert.Equal(ReloadPlan.From(["a", "b"]), ReloadPlan.Empty.Add("a").Add("b"));
        Assert.NotEqual(ReloadPlan.From(["a", "b"]), ReloadPlan.From(["b", "a"]));
        Assert.True(ReloadPlan.Empty.IsEmpty);
    }
}
