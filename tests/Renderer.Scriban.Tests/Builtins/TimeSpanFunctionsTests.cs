using Renderer.Scriban.Runtime;
using static Renderer.Scriban.Tests.Builtins.BuiltinCalls;

namespace Renderer.Scriban.Tests.Builtins;

/// <summary>The <c>timespan</c> group and timespan members.</summary>
public sealed class TimeSpanFunctionsTests
{
    [Fact]
    public void From_functions_build_intervals()
    {
        Assert.Equal(TimeSpan.FromDays(5), Call("timespan.from_days", 5));
        Assert.Equal(TimeSpan.FromHours(1.5), Call("timespan.from_hours", 1.5));
        Assert.Equal(TimeSpan.FromMinutes(5), Call("timespan.from_minutes", 5));
        Assert.Equal(TimeSpan.FromSeconds(5), Call("timespan.from_seconds", 5));
        Assert.Equal(TimeSpan.FromMilliseconds(5), Call("timespan.from_milliseconds", 5));
    }

    [Fact]
    public void Parse_reads_the_invariant_timespan_format()
    {
        Assert.Equal(new TimeSpan(1, 2, 3, 4), Call("timespan.parse", "1.02:03:04"));
        Assert.Equal(new TimeSpan(0, 10, 0), Call("timespan.parse", "00:10:00"));
        Assert.NotEmpty(Error("timespan.parse", "soon"));
    }

    [Fact]
    public void Zero_is_a_member_not_a_function()
        => Assert.Equal(TimeSpan.Zero, new TemplateContext().BuiltinObject["timespan"] is ScriptObject group ? group["zero"] : null);

    [Theory]
    [InlineData("days", 5)]
    [InlineData("hours", 4)]
    [InlineData("minutes", 3)]
    [InlineData("seconds", 2)]
    [InlineData("milliseconds", 1)]
    public void Component_members_are_integers(string member, int expected)
    {
        Assert.True(ScriptValue.TryGetMember(new TimeSpan(5, 4, 3, 2, 1), member, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("total_days", 1.5)]
    [InlineData("total_hours", 36.0)]
    [InlineData("total_minutes", 2160.0)]
    [InlineData("total_seconds", 129600.0)]
    [InlineData("total_milliseconds", 129600000.0)]
    public void Total_members_are_fractional(string member, double expected)
    {
        Assert.True(ScriptValue.TryGetMember(TimeSpan.FromHours(36), member, out var value));
        Assert.Equal(expected, value);
    }
}
