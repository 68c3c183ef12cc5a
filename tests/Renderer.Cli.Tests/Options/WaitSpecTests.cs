using Renderer.Cli.Options;
using Renderer.Core.Running;

namespace Renderer.Cli.Tests.Options;

public sealed class WaitSpecTests
{
    [Fact]
    public void Minimum_and_maximum_are_parsed()
    {
        Assert.Equal(new WaitSpec(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10)), WaitSpec.Parse("2s:10s"));
    }

    [Fact]
    public void The_maximum_defaults_to_four_times_the_minimum()
    {
        Assert.Equal(new WaitSpec(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2)), WaitSpec.Parse("500ms"));
    }

    [Fact]
    public void An_equal_minimum_and_maximum_is_allowed()
    {
        Assert.Equal(new WaitSpec(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)), WaitSpec.Parse("5s:5s"));
    }

    [Fact]
    public void Zero_turns_quiescence_off()
    {
        Assert.Equal(QuiescenceOptions.None, WaitSpec.Parse("0").ToQuiescenceOptions());
    }

    [Fact]
    public void A_minimum_becomes_enabled_quiescence()
    {
        var quiescence = WaitSpec.Parse("1m30s:5m").ToQuiescenceOptions();
        Assert.Equal(new QuiescenceOptions(TimeSpan.FromSeconds(90), TimeSpan.FromMinutes(5)), quiescence);
        Assert.True(quiescence.IsEnabled);
    }

    [Theory]
    [InlineData("10s:5s", "\"10s:5s\": the maximum (5s) is less than the minimum (10s)")]
    [InlineData("5", "the minimum in \"5\" is not a duration: missing unit in duration \"5\" (write e.g. 5s or 5ms; units: ns, us, ms, s, m, h)")]
    [InlineData("5s:20", "the maximum in \"5s:20\" is not a duration: missing unit in duration \"20\" (write e.g. 20s or 20ms; units: ns, us, ms, s, m, h)")]
    [InlineData("", "\"\": the minimum is empty")]
    [InlineData(":5s", "\":5s\": the minimum is empty")]
    [InlineData("5s:", "\"5s:\": the maximum is empty")]
    [InlineData("1s:2s:3s", "\"1s:2s:3s\" has more than one colon: write MIN or MIN:MAX, e.g. 5s:30s")]
    [InlineData("-1s", "\"-1s\": the minimum is negative")]
    public void Bad_values_are_errors_that_quote_the_value(string text, string expected)
    {
        Assert.False(WaitSpec.TryParse(text, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void ToString_gives_minimum_and_maximum()
    {
        Assert.Equal("5s:20s", WaitSpec.Parse("5s").ToString());
    }
}
