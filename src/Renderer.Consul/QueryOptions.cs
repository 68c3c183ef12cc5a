using System.Globalization;
using System.Text;
using Renderer.Consul.Configuration;

namespace Renderer.Consul;

/// <summary>
/// Per-read options (spec §10.2). Blocking is driven by <see cref="WaitIndex"/>: 0 never blocks and sends no
/// <c>index</c>. Use <see cref="Blocking.BlockingQuery{T}"/> rather than setting it by hand. <see cref="ToString"/>
/// masks <see cref="Token"/>.
/// </summary>
public sealed record QueryOptions
{
    public static QueryOptions Default { get; } = new();

    /// <summary><c>dc</c>; overrides <see cref="ConsulClientOptions.Datacenter"/>.</summary>
    public string? Datacenter { get; init; }

    /// <summary><c>index</c>: block until the result's index is greater. 0 = do not block.</summary>
    public ulong WaitIndex { get; init; }

    /// <summary><c>wait</c> (sent in milliseconds) for a blocking read; <c>null</c> = the server's 5 min default.</summary>
    public TimeSpan? WaitTime { get; init; }

    public ConsistencyMode Consistency { get; init; }

    /// <summary><c>max_stale</c>: allow stale reads up to this old, else the agent asks the leader.</summary>
    public TimeSpan? MaxStale { get; init; }

    /// <summary><c>cached</c>: let the agent answer from its cache (endpoints with agent caching only).</summary>
    public bool UseCache { get; init; }

    /// <summary><c>Cache-Control: max-age</c> for a cached read.</summary>
    public TimeSpan? MaxAge { get; init; }

    /// <summary><c>Cache-Control: stale-if-error</c> for a cached read.</summary>
    public TimeSpan? StaleIfError { get; init; }

    /// <summary><c>filter</c>: a go-bexpr expression evaluated by the server.</summary>
    public string? Filter { get; init; }

    /// <summary><c>near</c>: sort by round-trip time from this node (<c>_agent</c> = the local agent).</summary>
    public string? Near { get; init; }

    /// <summary><c>ns</c>; overrides the client's namespace (Enterprise only).</summary>
    public string? Namespace { get; init; }

    /// <summary>ACL token for this read only, sent as <c>X-Consul-Token</c>.</summary>
    public string? Token { get; init; }

    internal void Validate()
    {
        if (UseCache && Consistency == ConsistencyMode.Consistent)
        {
            // Consul answers 400 "Cannot specify ?cached with ?consistent"; fail before the round trip.
            throw new ArgumentException(
                "QueryOptions.UseCache cannot be combined with Consistency = Consistent (conflicting semantics).");
        }
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Datacenter = ").Append(Datacenter)
            .Append(", WaitIndex = ").Append(WaitIndex.ToString(CultureInfo.InvariantCulture))
            .Append(", WaitTime = ").Append(WaitTime)
            .Append(", Consistency = ").Append(Consistency)
            .Append(", MaxStale = ").Append(MaxStale)
            .Append(", UseCache = ").Append(UseCache)
            .Append(", MaxAge = ").Append(MaxAge)
            .Append(", StaleIfError = ").Append(StaleIfError)
            .Append(", Filter = ").Append(Filter)
            .Append(", Near = ").Append(Near)
            .Append(", Namespace = ").Append(Namespace)
            .Append(", Token = ").Append(Redaction.Mask(Token));
        return true;
    }
}
