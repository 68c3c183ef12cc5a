using Renderer.Core.Catalog;

namespace Renderer.Core.Tests.Catalog;

public sealed class HealthFilterTests
{
    [Fact]
    public void An_omitted_filter_means_passing()
    {
        Assert.Equal(HealthFilter.Passing, HealthFilter.Parse(null));
    }

    [Fact]
    public void Passing_accepts_only_passing_instances()
    {
        var filter = HealthFilter.Parse("passing");

        Assert.Equal([HealthStatus.Passing], filter.Statuses.ToArray());
        Assert.True(filter.IsPassingOnly);
    }

    [Fact]
    public void Any_accepts_every_status()
    {
        var filter = HealthFilter.Parse("any");

        Assert.True(filter.IsAny);
        Assert.All(Enum.GetValues<HealthStatus>(), status => Assert.True(filter.Accepts(status)));
    }

    [Fact]
    public void A_comma_list_accepts_exactly_the_listed_statuses()
    {
        var filter = HealthFilter.Parse("passing,warning");

        Assert.True(filter.Accepts(HealthStatus.Passing));
        Assert.True(filter.Accepts(HealthStatus.Warning));
        Assert.False(filter.Accepts(HealthStatus.Critical));
    }

    [Fact]
    public void Entries_are_trimmed_and_matched_without_regard_to_case()
    {
        Assert.Equal(HealthFilter.Of(HealthStatus.Warning, HealthStatus.Critical), HealthFilter.Parse(" Critical , WARNING "));
    }

    [Fact]
    public void Listing_all_three_statuses_is_the_same_filter_as_any()
    {
        Assert.Equal(HealthFilter.Any, HealthFilter.Parse("critical,passing,warning"));
    }

    [Fact]
    public void The_text_form_is_canonical_whatever_order_and_repetition_the_input_had()
    {
        Assert.Equal("passing,critical", HealthFilter.Parse("critical,passing,critical").ToString());
    }

    [Fact]
    public void An_unknown_status_is_refused_naming_it_and_listing_the_accepted_values()
    {
        var error = Assert.Throws<QueryArgumentException>(() => HealthFilter.Parse("passing,healthy"));

        Assert.Equal(
            "Health filter \"passing,healthy\" names the unknown status \"healthy\"; accepted: \"any\", \"passing\", " +
            "\"warning\", \"critical\", or a comma list such as \"passing,warning\".",
            error.Message);
        Assert.Equal("passing,healthy", error.Value);
    }

    [Fact]
    public void Maintenance_is_refused_with_the_hint_that_it_counts_as_critical()
    {
        var error = Assert.Throws<QueryArgumentException>(() => HealthFilter.Parse("maintenance"));

        Assert.Contains("an instance in maintenance counts as \"critical\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("passing,")]
    [InlineData(",warning")]
    public void An_empty_entry_is_refused(string text)
    {
        var error = Assert.Throws<QueryArgumentException>(() => HealthFilter.Parse(text));

        Assert.Contains("has an empty entry", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_cannot_be_combined_with_statuses()
    {
        var error = Assert.Throws<QueryArgumentException>(() => HealthFilter.Parse("any,passing"));

        Assert.Contains("combines \"any\" with statuses", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_control_character_in_the_value_is_shown_escaped_in_the_message()
    {
        var error = Assert.Throws<QueryArgumentException>(() => HealthFilter.Parse("pass\ning"));

        Assert.StartsWith("Health filter \"pass\\ning\" names the unknown status \"pass\\ning\"", error.Message, StringComparison.Ordinal);
    }
}
