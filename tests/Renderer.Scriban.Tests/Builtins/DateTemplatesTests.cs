using static Renderer.Scriban.Tests.Builtins.TemplateRendering;

namespace Renderer.Scriban.Tests.Builtins;

/// <summary>Every <c>date</c> and <c>timespan</c> function rendered from a template (documented examples verbatim, test 440-date).</summary>
public sealed class DateTemplatesTests
{
    [RenderTheory]
    [InlineData("{{ date.parse '2016/01/05' | date.add_days 1 }}", "06 Jan 2016")]
    [InlineData("{{ date.parse '2016/01/05' | date.add_months 1 }}", "05 Feb 2016")]
    [InlineData("{{ date.parse '2016/01/05' | date.add_years 1 }}", "05 Jan 2017")]
    [InlineData("{{ date.parse '2016/01/05' }}\n{{ date.parse '2018--06--17' '%Y--%m--%d' }}", "05 Jan 2016\n17 Jun 2018")]
    [InlineData("{{ date.parse_to_string '2016/01/05' '%Y--%m--%d' }}\n{{ \"03 14, 2016\" | date.parse_to_string \"%b %d, %y\" input_pattern: \"%m %d, %Y\" }}\n{{ \"2025-01-01 14:01:23\" | date.parse_to_string \"%r\" input_pattern: \"%Y-%m-%d %k:%M:%S\" }}\n{{ \"03/01/2025 14:01:23\" | date.parse_to_string \"%F\" input_culture:'en-US' output_culture:'en-GB' }}", "2016--01--05\nMar 14, 16\n02:01:23 PM\n2025-03-01")]
    [InlineData("{{ date.parse '2016/01/05' | date.to_string '%d %b %Y' }}", "05 Jan 2016")]
    [InlineData("{{ (timespan.from_days 5).days }}", "5")]
    [InlineData("{{ (timespan.from_hours 5).hours }}", "5")]
    [InlineData("{{ (timespan.from_minutes 5).minutes }}", "5")]
    [InlineData("{{ (timespan.from_seconds 5).seconds }}", "5")]
    [InlineData("{{ (timespan.from_milliseconds 5).milliseconds }}", "5")]
    public void Documented_examples_render_as_in_Scriban(string template, string expected)
        => Assert.Equal(expected, Render(template));

    [RenderFact]
    public void Every_format_code_of_test_440_date_renders_as_in_Scriban()
    {
        const string codes = "aAbBcCdDeFhHIjklLmMnNpPrRStTuUvVWwxXyY%";
        var template = "{{ x = date.parse '2016/01/05 21:22:23.024' -}}\n{{ x.year }}\n{{ x.month }}\n{{ x.day }}\n"
            + string.Join("\n", codes.Select(code => $"{{{{ x | date.to_string '%g%{code}' }}}}"));
        const string expected = "2016\n1\n5\nTue\nTuesday\nJan\nJanuary\nTue Jan 05 21:22:23 2016\n20\n05\n01/05/16\n 5\n2016-01-05\nJan\n21\n09\n005\n21\n 9\n024\n01\n22\n\n\n024000000\nPM\npm\n09:22:23 PM\n21:22\n23\n\t\n21:22:23\n2\n02\n 5-JAN-2016\n01\n02\n2\n01/05/2016\n21:22:23\n16\n2016\n%";
        Assert.Equal(expected, Render(template));
    }

    [RenderTheory]
    [InlineData("{{ date.parse '2016/01/05' | date.to_string '%g' }}", " 05 Jan 2016")]
    [InlineData("{{ null | date.parse }}|{{ null | date.to_string '%g' }}", "|")]
    [InlineData("{{ date.format = '%Y-%m-%d'; date.parse '2016/01/05' }}|{{ date.format = date.default_format; date.parse '2016/01/05' }}", "2016-01-05|05 Jan 2016")]
    [InlineData("{{ [date.parse '2016/01/05'] }}", "[05 Jan 2016]")]
    [InlineData("{{ d = date.parse '2016/01/05 10:30' | date.add_hours 2 | date.add_minutes 5 | date.add_seconds 7 | date.add_milliseconds 9; d | date.to_string '%T.%L' }}", "12:35:07.009")]
    [InlineData("{{ (date.parse '2016/01/06') - (date.parse '2016/01/05') }}|{{ ((date.parse '2016/01/06') - (date.parse '2016/01/05')).total_hours }}", "1.00:00:00|24")]
    [InlineData("{{ timespan.zero }}|{{ (timespan.parse '01:02:03').total_seconds }}|{{ (timespan.from_hours 36).total_days }}", "00:00:00|3723|1.5")]
    [InlineData("{{ date.now.year > 2000 }}|{{ date.utc_now | object.kind }}", "true|object")]
    public void Spec_examples_render_as_observed_on_Scriban(string template, string expected)
        => Assert.Equal(expected, Render(template));
}
