namespace Renderer.Consul;

/// <summary>What Consul's response headers say about a read (spec §10.3).</summary>
public sealed record QueryMeta
{
    public static QueryMeta Empty { get; } = new();

    /// <summary><c>X-Consul-Index</c>; 0 when the endpoint sends none (status, datacenters, agent/self).</summary>
    public ulong LastIndex { get; init; }

    /// <summary><c>X-Consul-KnownLeader</c> is <c>true</c>.</summary>
    public bool KnownLeader { get; init; }

    /// <summary><c>X-Consul-LastContact</c>: how long ago the answering server heard from the leader.</summary>
    public TimeSpan LastContact { get; init; }

    /// <summary><c>X-Consul-Effective-Consistency</c> (<c>leader</c>, <c>stale</c>, <c>consistent</c>); <c>""</c> if absent.</summary>
    public string ConsistencyLevel { get; init; } = "";

    /// <summary><c>X-Cache: HIT</c>.</summary>
    public bool CacheHit { get; init; }

    /// <summary><c>Age</c> of a cached answer.</summary>
    public TimeSpan? CacheAge { get; init; }

    /// <summary><c>X-Consul-Query-Backend</c>: <c>blocking-query</c> or <c>streaming</c>; <c>""</c> if absent.</summary>
    public string QueryBackend { get; init; } = "";

    /// <summary><c>X-Consul-ContentHash</c> (hash-based blocking endpoints only); <c>""</c> if absent.</summary>
    public string LastContentHash { get; init; } = "";

    /// <summary><c>X-Consul-Default-ACL-Policy</c>: <c>allow</c> or <c>deny</c>; <c>""</c> if absent.</summary>
    public string DefaultAclPolicy { get; init; } = "";

    /// <summary><c>X-Consul-Results-Filtered-By-ACLs</c>: some results were hidden from this token.</summary>
    public bool ResultsFilteredByAcls { get; init; }

    /// <summary><c>X-Consul-Translate-Addresses</c>: addresses are WAN addresses.</summary>
    public bool AddressTranslationEnabled { get; init; }

    /// <summary>Time from sending the request to receiving the response headers (the whole block for a long poll).</summary>
    public TimeSpan RequestTime { get; init; }
}
