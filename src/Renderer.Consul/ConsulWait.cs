namespace Renderer.Consul;

/// <summary>Consul's blocking-query time limits (spec §1.1), which the client's time-outs must cover.</summary>
public static class ConsulWait
{
    /// <summary>The server's <c>default_query_time</c>, used when <c>wait</c> is absent or not positive.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromMinutes(5);

    /// <summary>The server's <c>max_query_time</c>; longer waits are clamped to it.</summary>
    public static readonly TimeSpan Maximum = TimeSpan.FromMinutes(10);

    /// <summary>The server adds a random jitter of up to <c>wait / JitterFraction</c>.</summary>
    public const int JitterFraction = 16;

    /// <summary>The wait the server will apply to a request that asked for <paramref name="requested"/>.</summary>
    public static TimeSpan Effective(TimeSpan? requested) =>
        requested is not { } wait || wait <= TimeSpan.Zero ? Default
        : wait > Maximum ? Maximum
        : wait;

    /// <summary>The longest a blocking request can legitimately take: wait + wait/16 (+ caller's slack).</summary>
    public static TimeSpan LongestAnswer(TimeSpan? requested)
    {
        var wait = Effective(requested);
        return wait + (wait / JitterFraction);
    }
}
