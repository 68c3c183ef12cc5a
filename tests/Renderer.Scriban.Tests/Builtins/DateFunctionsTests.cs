using Renderer.Scriban.Runtime;
using static Renderer.Scriban.Tests.Builtins.BuiltinCalls;

namespace Renderer.Scriban.Tests.Builtins;

/// <summary>The <c>date</c> group (test 440-date and docs).</summary>
public sealed class DateFunctionsTests
{
    private static readonly DateTime Sample = new(2016, 1, 5, 21, 22, 23, 24);

    [Theory]
    [InlineData("%a", "Tue")]
    [InlineData("%A", "Tuesday")]
    [InlineData("%b", "Jan")]
    [InlineData("%B", "January")]
    [InlineData("%c", "Tue Jan 05 21:22:23 2016")]
    [InlineData("%C", "20")]
    [InlineData("%d", "05")]
    [InlineData("%D", "01/05/16")]
    [InlineData("%e", " 5")]
    [InlineData("%F", "2016-01-05")]
    [InlineData("%h", "Jan")]
    [InlineData("%H", "21")]
    [InlineData("%I", "09")]
    [InlineData("%j", "005")]
    [InlineData("%k", "21")]
    [InlineData("%l", " 9")]
    [InlineData("%L", "024")]
    [InlineData("%m", "01")]
    [InlineData("%M", "22")]
    [InlineData("%n", "\n")]
    [InlineData("%N", "024000000")]
    [InlineData("%p", "PM")]
    [InlineData("%P", "pm")]
    [InlineData("%r", "09:22:23 PM")]
    [InlineData("%R", "21:22")]
    [InlineData("%S", "23")]
    [InlineData("%t", "\t")]
    [InlineData("%T", "21:22:23")]
    [InlineData("%u", "2")]
    [InlineData("%U", "02")]
    [InlineData("%v", " 5-JAN-2016")]
    [InlineData("%V", "01")]
    [InlineData("%W", "02")]
    [InlineData("%w", "2")]
    [InlineData("%x", "01/05/2016")]
    [InlineData("%X", "21:22:23")]
    [InlineData("%y", "16")]
    [InlineData("%Y", "2016")]
    [InlineData("%%", "%")]
    [InlineData("%g%Y", "2016")]
    [InlineData("%q|%", "%q|%")]
    [InlineData("on %d %b %Y at %H:%M", "on 05 Jan 2016 at 21:22")]
    public void To_string_formats_every_strftime_code_like_Scriban(string pattern, string expected)
        => Assert.Equal(expected, Call("date.to_string", Sample, pattern));

    [Fact]
    public void To_string_writes_the_time_zone_offset_and_unix_seconds()
    {
        var utc = new DateTime(2016, 1, 5, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal("+00:00", Call("date.to_string", utc, "%Z"));
        Assert.Equal("1451952000", Call("date.to_string", utc, "%s"));
    }

    [Fact]
    public void A_lone_percent_g_renders_the_date_format_after_a_space()
        => Assert.Equal(" 05 Jan 2016", Call("date.to_string", Sample, "%g"));

    [Fact]
    public void To_string_of_null_is_null()
        => Assert.Null(Call("date.to_string", null, "%g"));

    [Fact]
    public void Parse_reads_dates_and_gives_null_for_null()
    {
        Assert.Equal(new DateTime(2016, 1, 5), Call("date.parse", "2016/01/05"));
        Assert.Equal(new DateTime(2016, 1, 5, 21, 22, 23, 24), Call("date.parse", "2016/01/05 21:22:23.024"));
        Assert.Equal(new DateTime(2018, 6, 17), Call("date.parse", "2018--06--17", "%Y--%m--%d"));
        Assert.Equal(new DateTime(2025, 1, 1, 14, 1, 23), Call("date.parse", "2025-01-01 14:01:23", "%Y-%m-%d %k:%M:%S"));
        Assert.Equal(new DateTime(2016, 3, 14), Call("date.parse", "03 14, 2016", "%m %d, %Y"));
        Assert.Null(Call("date.parse", [null]));
        Assert.Null(Call("date.parse", ""));
    }

    [Fact]
    public void Text_that_does_not_parse_gives_the_zero_date()
    {
        Assert.Equal(default(DateTime), Call("date.parse", "not a date"));
        Assert.Equal(default(DateTime), Call("date.parse", "2016/01/05", "%d.%m.%Y"));
    }

    [Fact]
    public void Parse_to_string_parses_with_the_input_pattern_and_formats_with_the_output_pattern()
    {
        Assert.Equal("2016--01--05", Call("date.parse_to_string", "2016/01/05", "%Y--%m--%d"));
        Assert.Equal("Mar 14, 16", Call("date.parse_to_string", "03 14, 2016", "%b %d, %y", null, "%m %d, %Y"));
        Assert.Equal("02:01:23 PM", Call("date.parse_to_string", "2025-01-01 14:01:23", "%r", null, "%Y-%m-%d %k:%M:%S"));
        Assert.Equal("2025-03-01", Call("date.parse_to_string", "03/01/2025 14:01:23", "%F", "en-GB", null, "en-US"));
        Assert.Null(Call("date.parse_to_string", [null]));
    }

    [Fact]
    public void Add_functions_return_new_dates()
    {
        var date = new DateTime(2016, 1, 5);
        Assert.Equal(new DateTime(2016, 1, 6), Call("date.add_days", date, 1));
        Assert.Equal(new DateTime(2016, 1, 5, 12, 0, 0), Call("date.add_days", date, 0.5));
        Assert.Equal(new DateTime(2016, 2, 5), Call("date.add_months", date, 1));
        Assert.Equal(new DateTime(2017, 1, 5), Call("date.add_years", date, 1));
        Assert.Equal(new DateTime(2016, 1, 5, 2, 0, 0), Call("date.add_hours", date, 2));
        Assert.Equal(new DateTime(2016, 1, 5, 0, 3, 0), Call("date.add_minutes", date, 3));
        Assert.Equal(new DateTime(2016, 1, 5, 0, 0, 4), Call("date.add_seconds", date, 4));
        Assert.Equal(new DateTime(2016, 1, 5, 0, 0, 0, 5), Call("date.add_milliseconds", date, 5));
        Assert.Equal(new DateTime(2016, 1, 6), Call("date.add_days", "2016/01/05", 1));
    }

    [Fact]
    public void Add_functions_reject_values_that_are_not_dates()
        => Assert.Equal("Unable to convert type `int` to datetime", Error("date.add_days", 5, 1));

    [Fact]
    public void Now_and_utc_now_return_the_current_time()
    {
        var before = DateTime.UtcNow;
        var utcNow = Assert.IsType<DateTime>(Call("date.utc_now"));
        var now = Assert.IsType<DateTime>(Call("date.now"));
        Assert.InRange(utcNow, before, DateTime.UtcNow);
        Assert.Equal(DateTimeKind.Local, now.Kind);
    }

    [Fact]
    public void Format_members_start_at_the_default_and_default_format_is_read_only()
    {
        var dates = Assert.IsType<ScriptObject>(new TemplateContext().BuiltinObject["date"]);
        Assert.Equal("%d %b %Y", dates["format"]);
        Assert.Equal("%d %b %Y", dates["default_format"]);
        Assert.True(dates.IsReadOnly("default_format"));
        Assert.False(dates.IsReadOnly("format"));
    }

    [Fact]
    public void Dates_render_with_the_current_date_format()
    {
        var context = new TemplateContext();
        Assert.Equal("05 Jan 2016", context.ToText(Sample));
        ((ScriptObject)context.BuiltinObject["date"]!)["format"] = "%Y-%m-%d %H:%M";
        Assert.Equal("2016-01-05 21:22", context.ToText(Sample));
        Assert.Equal(" 2016-01-05 21:22", Call(context, "date.to_string", Sample, "%g"));
    }
}
