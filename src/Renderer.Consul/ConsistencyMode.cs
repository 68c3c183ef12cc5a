namespace Renderer.Consul;

/// <summary>Read consistency (spec §2.1); sent as a flag parameter.</summary>
public enum ConsistencyMode
{
    /// <summary>No flag: the leader answers.</summary>
    Default,

    /// <summary><c>stale</c>: any server answers, usually milliseconds behind; works without a leader.</summary>
    Stale,

    /// <summary><c>consistent</c>: the leader confirms leadership with a quorum first (slower).</summary>
    Consistent,

    /// <summary><c>leader</c>: force the default mode when the agent has <c>discovery_max_stale</c> set.</summary>
    Leader,
}
