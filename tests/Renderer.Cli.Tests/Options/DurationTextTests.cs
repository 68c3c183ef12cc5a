using Renderer.Cli.Options;

namespace Renderer.Cli.Tests.Options;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("0s", 0)]
    [InlineData("500ms", 5_000_000)]
    [InlineData("2s", 20_000_000)]
    [InlineData("1m30s", 900_000_000)]
    [InlineData("1h", 36_000_000_000)]
    [InlineData("1.5h", 54_000_000_000)]
    [InlineData(".5s", 5_000_000)]
    [InlineData("250us", 2_500)]
    [InlineData("250µs", 2_500)]
    [InlineData("300ns", 3)]
    [InlineData("1h2m3s4ms", 37_230_040_000)]
    [InlineData("+5s", 50_000_000)]
    [InlineData("-5s", -50_000_000)]
    public void Go_style_durations_are_parsed(string text, long ticks)
    {
        Assert.True(DurationText.TryParse(text, out var duration, out var error), error);
        Assert.Equal(TimeSpan.FromTicks(ticks), duration);
    }

    [Fact]
    public void A_number_without_a_unit_is_an_error_that_suggests_one()
    {
        Assert.False(DurationText.TryParse("5", out _, out var error));
        Assert.Equal("missing unit in duration \"5\" (write e.g. 5s or 5ms; units: ns, us, ms, s, m, h)", error);
    }

    [Fact]
    public void An_unknown_unit_is_an_error_that_lists_the_units()
    {
        Assert.False(DurationText.TryParse("5d", out _, out var error));
        Assert.Equal("unknown unit \"d\" in duration \"5d\" (units: ns, us, ms, s, m, h)", error);
    }

    [Theory]
    [InlineData("", "the duration is empty (write e.g. 5s)")]
    [InlineData("-", "invalid duration \"-\"")]
    [InlineData("s", "invalid duration \"s\": expected a number at \"s\"")]
    [InlineData("1..5s", "invalid duration \"1..5s\": expected a number at \"1..5s\"")]
    [InlineData(" 5s", "invalid duration \" 5s\": expected a number at \" 5s\"")]
    [InlineData("99999999999h", "duration \"99999999999h\" is too large")]
    public void Malformed_durations_are_errors_that_quote_the_text(string text, string expected)
    {
        Assert.False(DurationText.TryParse(text, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Parse_throws_a_format_exception_with_the_same_message()
    {
        var exception = Assert.Throws<FormatException>(() => DurationText.Parse("10"));
        Assert.StartsWith("missing unit in duration \"10\"", exception.Message);
    }

    [Theory]
    [InlineData(0, "0s")]
    [InlineData(5_000_000, "500ms")]
    [InlineData(20_000_000, "2s")]
    [InlineData(900_000_000, "1m30s")]
    [InlineData(36_000_000_000, "1h")]
    [InlineData(36_000_050_000, "1h0.005s")]
    [InlineData(15_000_000, "1.5s")]
    [InlineData(15_000, "1.5ms")]
    [InlineData(2_500, "250us")]
    [InlineData(3, "300ns")]
    [InlineData(-50_000_000, "-5s")]
    public void Durations_are_formatted_without_zero_parts(long ticks, string expected)
    {
        Assert.Equal(expected, DurationText.Format(TimeSpan.FromTicks(ticks)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12_345_678_901)]
    [InlineData(36_000_000_001)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue + 1)]
    public void Every_formatted_duration_parses_back_to_the_same_value(long ticks)
    {
        var duration = TimeSpan.FromTicks(ticks);
        Assert.Equal(duration, DurationText.Parse(DurationText.Format(duration)));
    }
}
