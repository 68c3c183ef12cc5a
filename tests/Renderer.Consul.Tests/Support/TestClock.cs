using Microsoft.Extensions.Time.Testing;

namespace Renderer.Consul.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that knows when its timers are due, so <see cref="Run"/> can stop at each one:
/// FakeTimeProvider.Advance moves the clock to the end first and fires due timers there, which would make a chain
/// of retries observe the wrong times. Code under test must complete synchronously between timers (stub handlers
/// returning completed tasks), which the client does with ConfigureAwait(false).
/// Timers fire with no SynchronizationContext set: the runtime refuses to inline an await continuation on a thread
/// that has one (xUnit installs its own), and would queue it to the thread pool after the clock has moved on.
/// </summary>
public sealed class TestClock : FakeTimeProvider
{
    private readonly List<TrackedTimer> _timers = [];

    public TestClock()
    {
        Origin = GetUtcNow();
    }

    public DateTimeOffset Origin { get; }

    public TimeSpan Elapsed => GetUtcNow() - Origin;

    public TimeSpan Since(DateTimeOffset at) => at - Origin;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var tracked = new TrackedTimer(this);
        tracked.Inner = base.CreateTimer(
            s =>
            {
                tracked.OnFired();
                callback(s);
            },
            state,
            dueTime,
            period);
        tracked.Schedule(dueTime, period);
        lock (_timers)
        {
            _timers.Add(tracked);
        }

        return tracked;
    }

    /// <summary>Moves time forward by <paramref name="delta"/>, stopping at every timer due on the way.</summary>
    public void Run(TimeSpan delta)
    {
        var target = GetUtcNow() + delta;
        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            for (var guard = 0; guard < 1_000_000; guard++)
            {
                var next = NextDue();
                if (next is not { } due || due > target)
                {
                    SetUtcNow(target);
                    return;
                }

                SetUtcNow(due > GetUtcNow() ? due : GetUtcNow());
            }

            throw new InvalidOperationException("Timers keep firing without time passing.");
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }

    /// <summary>Runs until <paramref name="task"/> completes or <paramref name="limit"/> of fake time has passed.</summary>
    public void RunUntil(Task task, TimeSpan limit, TimeSpan? step = null)
    {
        var end = GetUtcNow() + limit;
        while (!task.IsCompleted && GetUtcNow() < end)
        {
            Run(step ?? TimeSpan.FromMilliseconds(100));
        }
    }

    private DateTimeOffset? NextDue()
    {
        lock (_timers)
        {
            return _timers.Where(t => t.Due is not null).Min(t => t.Due);
        }
    }

    private void Remove(TrackedTimer timer)
    {
        lock (_timers)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class TrackedTimer(TestClock clock) : ITimer
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
