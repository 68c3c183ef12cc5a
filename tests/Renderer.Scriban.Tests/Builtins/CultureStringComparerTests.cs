using Renderer.Scriban.Functions;

namespace Renderer.Scriban.Tests.Builtins;

/// <summary>The culture-aware string order used by <c>array.sort</c> under InvariantGlobalization.</summary>
public sealed class CultureStringComparerTests
{
    [Fact]
    public void Dotnets_own_invariant_comparison_is_ordinal_in_this_process()
        => Assert.True(string.Compare("a", "B", StringComparison.InvariantCulture) > 0);

    [Theory]
    [InlineData("a", "A")]
    [InlineData("A", "b")]
    [InlineData("A", "alpha")]
    [InlineData("b", "B")]
    [InlineData("B", "Zeta")]
    [InlineData("10", "100")]
    [InlineData("100", "9")]
    [InlineData("9", "a")]
    [InlineData("_", "-")]
    [InlineData("-", "0")]
    [InlineData("a-b", "ab")]
    [InlineData(" a", "a")]
    [InlineData("web-1", "web-2")]
    [InlineData("$", "0")]
    [InlineData("z", "é")]
    [InlineData(null, "")]
    public void Orders_lower_before_upper_punctuation_before_digits_before_letters(string? smaller, string larger)
    {
        Assert.True(CultureStringComparer.Instance.Compare(smaller, larger) < 0, $"{smaller} < {larger}");
        Assert.True(CultureStringComparer.Instance.Compare(larger, smaller) > 0, $"{larger} > {smaller}");
    }

    [Theory]
    [InlineData("abc", "abc")]
    [InlineData("a\u0001b", "ab")]
    public void Equal_and_ignorable_differences_compare_equal(string left, string right)
        => Assert.Equal(0, CultureStringComparer.Instance.Compare(left, right));

    [Fact]
    public void Case_only_breaks_ties_after_the_letters_compared_equal()
        => Assert.True(CultureStringComparer.Instance.Compare("Ab", "ac") < 0);
}
