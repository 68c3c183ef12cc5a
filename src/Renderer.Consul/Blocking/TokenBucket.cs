namespace Renderer.Consul.Blocking;

/// <summary>
/// A token bucket on a <see cref="TimeProvider"/>: <c>burst</c> tokens, one more per <c>interval</c>. Taking a token
/// from an empty bucket borrows it and says how long to wait, so the caller sleeps exactly once. One caller at a time.
/// </summary>
internal sealed class TokenBucket
{
    private readonly int _burst;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _timeProvider;
    private double _tokens;
    private long _stamp;

    public TokenBucket(int burst, TimeSpan interval, TimeProvider timeProvider)
    {
        _burst = burst;
        _interval = interval;
        _timeProvider = timeProvider;
        _tokens = burst;
        _stamp = timeProvider.GetTimestamp();
    }

    /// <summary>Takes one token; returns how long to wait before using it (zero if one was available).</summary>
    public TimeSpan Take()
    {
        if (_interval <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var now = _timeProvider.GetTimestamp();
        _tokens = Math.Min(_burst, _tokens + (_timeProvider.GetElapsedTime(_stamp, now) / _interval));
        _stamp = now;
        _tokens -= 1;
        return _tokens >= 0 ? TimeSpan.Zero : _interval * -_tokens;
    }
}
