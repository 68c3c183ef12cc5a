namespace Renderer.ConsulSimulator.Faults;

/// <summary>Something that goes wrong with a response. Build them with the factory methods.</summary>
public abstract record Fault
{
    /// <summary>Delay before the request is handled (on the simulator's clock).</summary>
    public static Fault Latency(TimeSpan delay) => new LatencyFault(delay);

    /// <summary>Answer with this status and plain-text body instead of handling the request.</summary>
    public static Fault Status(int statusCode, string body) => new StatusFault(statusCode, body);

    /// <summary>500 <c>No cluster leader</c>, what a follower answers during an election.</summary>
    public static Fault NoClusterLeader() => new StatusFault(500, "No cluster leader");

    /// <summary>429, optionally with <c>Retry-After</c> in whole seconds (Consul's rate limit sends none and an empty body).</summary>
    public static Fault TooManyRequests(TimeSpan? retryAfter = null, string body = "") => new TooManyRequestsFault(retryAfter, body);

    /// <summary>Abort the connection without any response.</summary>
    public static Fault DropConnection() => new DropConnectionFault();

    /// <summary>Report this <c>X-Consul-Index</c> (0 included: no 0 → 1 rewrite), body unchanged.</summary>
    public static Fault Index(ulong index) => new IndexFault(index);

    /// <summary>Send the body <paramref name="chunkSize"/> bytes at a time with <paramref name="delay"/> between chunks.</summary>
    public static Fault Trickle(int chunkSize, TimeSpan delay) => new TrickleFault(chunkSize, delay);
}
