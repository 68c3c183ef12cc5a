using Renderer.Consul.Blocking;
using Renderer.Consul.Tests.Support;

namespace Renderer.Consul.Tests.Blocking;

public sealed class TokenBucketTests
{
    private readonly TestClock _clock = new();

    [Fact]
    public void A_full_bucket_gives_its_burst_without_waiting_then_one_token_per_interval()
    {
        var bucket = new TokenBucket(2, TimeSpan.FromSeconds(15), _clock);

        Assert.Equal(TimeSpan.Zero, bucket.Take());
        Assert.Equal(TimeSpan.Zero, bucket.Take());
        Assert.Equal(TimeSpan.FromSeconds(15), bucket.Take());
    }

    [Fact]
    public void A_borrowed_token_is_repaid_before_the_next_one()
    {
        var bucket = new TokenBucket(1, TimeSpan.FromSeconds(10), _clock);
        bucket.Take();

        Assert.Equal(TimeSpan.FromSeconds(10), bucket.Take());
        Assert.Equal(TimeSpan.FromSeconds(20), bucket.Take());
    }

    [Fact]
    public void Tokens_refill_with_time_up_to_the_burst_only()
    {
        var bucket = new TokenBucket(2, TimeSpan.FromSeconds(15), _clock);
        bucket.Take();
        bucket.Take();

        _clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(TimeSpan.Zero, bucket.Take());
        Assert.Equal(TimeSpan.Zero, bucket.Take());
        Assert.Equal(TimeSpan.FromSeconds(15), bucket.Take());
    }

    [Fact]
    public void A_partly_refilled_token_costs_only_the_rest_of_the_interval()
    {
        var bucket = new TokenBucket(1, TimeSpan.FromSeconds(15), _clock);
        bucket.Take();

        _clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(TimeSpan.FromSeconds(5), bucket.Take());
    }

    [Fact]
    public void A_zero_interval_disables_the_limit()
    {
        var bucket = new TokenBucket(1, TimeSpan.Zero, _clock);

        Assert.All(Enumerable.Range(0, 10), _ => Assert.Equal(TimeSpan.Zero, bucket.Take()));
    }
}
