using Microsoft.Extensions.Time.Testing;

namespace Renderer.Consul.Tests.Simulated;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that knows when its pending timers are due. The client under test runs on it
/// while talking to the simulator over real sockets, so time must only move while the client is idle on a timer;
/// <see cref="SimulatedClient.StepUntilAsync"/> uses <see cref="NextDue"/> to find that moment and that timer.
/// </summary>
public sealed class SocketClock : FakeTimeProvider
{
    private readonly List<TrackedTimer> _timers = [];

    public SocketClock()
    {
        Origin = GetUtcNow();
    }

    public DateTimeOffset Origin { get; }

    /// <summary>The earliest due time of a pending timer, or null when none is pending.</summary>
    public DateTimeOffset? NextDue
    {
        get
        {
            lock (_timers)
            {
                return _timers.Where(t => t.Due is not null).Min(t => t.Due);
            }
        }
    }

    /// <summary>Fake time from <see cref="Origin"/> to <paramref name="at"/>.</summary>
    public TimeSpan Since(DateTimeOffset at) => at - Origin;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var tracked = new TrackedTimer(this);
        lock (_timers)
        {
            _timers.Add(tracked);
        }

        tracked.Schedule(dueTime, period);
        tracked.Inner = base.CreateTimer(
            s =>
            {
                tracked.OnFired();
                callback(s);
            },
            state,
            dueTime,
            period);
        return tracked;
    }

    /// <summary>Moves the clock to <paramref name="at"/> (never backwards), firing the timers due by then.</summary>
    public void MoveTo(DateTimeOffset at) => SetUtcNow(at > GetUtcNow() ? at : GetUtcNow());

    private void Remove(TrackedTimer timer)
    {
        lock (_timers)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class TrackedTimer(SocketClock clock) : ITimer
    {
        private TimeSpan _period;

        public ITimer? Inner { get; set; }

        public DateTimeOffset? Due { get; private set; }

        public void Schedule(TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            Due = dueTime == Timeout.InfiniteTimeSpan ? null : clock.GetUtcNow() + dueTime;
        }

        public void OnFired() =>
            Due = _period == Timeout.InfiniteTimeSpan || _period == TimeSpan.Zero ? null : clock.GetUtcNow() + _period;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Schedule(dueTime, period);
            return Inner!.Change(dueTime, period);
        }

        public void Dispose()
        {
            Due = null;
            clock.Remove(this);
            Inner?.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
