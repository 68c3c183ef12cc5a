using Renderer.Consul.Resilience;

namespace Renderer.Consul.Tests.Resilience;

public sealed class RetryDelayTests
{
    private static readonly ConsulRetryOptions NoJitter = new() { Randomizer = () => 0 };

    [Fact]
    public void Delays_double_from_the_base_delay()
    {
        var delays = Enumerable.Range(0, 5).Select(attempt => RetryDelay.Next(attempt, null, NoJitter));

        Assert.Equal(
            [500, 1000, 2000, 4000, 8000],
            delays.Select(d => d.TotalMilliseconds));
    }

    [Fact]
    public void Delays_stop_growing_at_the_cap()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), RetryDelay.Next(6, null, NoJitter));
        Assert.Equal(TimeSpan.FromSeconds(30), RetryDelay.Next(1_000_000, null, NoJitter));
    }

    [Theory]
    [InlineData(0.0, 4000)]
    [InlineData(0.5, 3000)]
    [InlineData(0.75, 2500)]
    public void Jitter_removes_up_to_the_jitter_ratio_of_the_delay(double random, double expectedMs)
    {
        var options = new ConsulRetryOptions { Randomizer = () => random };

        Assert.Equal(expectedMs, RetryDelay.Next(3, null, options).TotalMilliseconds);
    }

    [Fact]
    public void A_retry_after_replaces_the_backoff()
    {
        Assert.Equal(TimeSpan.FromSeconds(7), RetryDelay.Next(0, TimeSpan.FromSeconds(7), NoJitter));
    }

    [Fact]
    public void A_retry_after_is_capped_at_the_maximum_delay()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), RetryDelay.Next(0, TimeSpan.FromHours(1), NoJitter));
    }

    [Fact]
    public void A_randomizer_outside_zero_to_one_cannot_make_a_delay_negative()
    {
        var options = new ConsulRetryOptions { Randomizer = () => 7 };

        Assert.True(RetryDelay.Next(0, null, options) >= TimeSpan.Zero);
    }
}
