using Renderer.Core.Running;

namespace Renderer.Core.Tests.Running;

public sealed class QuiescenceTimerTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly QuiescenceOptions Wait = new(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10));

    [Fact]
    public void Nothing_is_due_before_a_change()
    {
        var timer = new QuiescenceTimer(Wait);

        Assert.Equal((false, null), (timer.IsPending, timer.DueAt));
    }

    [Fact]
    public void Without_quiescence_a_change_is_due_at_once()
    {
        var timer = new QuiescenceTimer(QuiescenceOptions.None);

        timer.OnChange(Start);

        Assert.True(timer.IsDue(Start));
    }

    [Fact]
    public void A_change_is_due_min_after_the_last_change()
    {
        var timer = new QuiescenceTimer(Wait);

        timer.OnChange(Start);
        timer.OnChange(Start.AddSeconds(1));

        Assert.Equal(Start.AddSeconds(3), timer.DueAt);
    }

    [Fact]
    public void A_change_is_due_no_later_than_max_after_the_first_change()
    {
        var timer = new QuiescenceTimer(Wait);

        timer.OnChange(Start);
        timer.OnChange(Start.AddSeconds(9));

        Assert.Equal(Start.AddSeconds(10), timer.DueAt);
    }

    [Fact]
    public void Reset_forgets_the_pending_change()
    {
        var timer = new QuiescenceTimer(Wait);
        timer.OnChange(Start);

        timer.Reset();

        Assert.Equal((false, false), (timer.IsPending, timer.IsDue(Start.AddMinutes(1))));
    }

    [Fact]
    public void After_a_reset_max_counts_from_the_next_first_change()
    {
        var timer = new QuiescenceTimer(Wait);
        timer.OnChange(Start);
        timer.Reset();

        timer.OnChange(Start.AddSeconds(20));

        Assert.Equal(Start.AddSeconds(22), timer.DueAt);
    }
}
