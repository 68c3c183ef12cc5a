namespace Renderer.ConsulSimulator.Acl;

/// <summary>The rules a token carries.</summary>
public sealed record AclPolicy(IReadOnlyList<AclRule> Rules)
{
    private static readonly AclResource[] AllResources = Enum.GetValues<AclResource>();

    /// <summary>No rules: everything falls to the default policy.</summary>
    public static AclPolicy None { get; } = new([]);

    /// <summary>Read on every service, node, key and agent.</summary>
    public static AclPolicy ReadAll { get; } = Everything(AclAccess.Read);

    /// <summary>Write (and so read) on everything, like a management token for these resources.</summary>
    public static AclPolicy WriteAll { get; } = Everything(AclAccess.Write);

    /// <summary>Read on services whose name starts with one of the prefixes (and read on every node, as
    /// service discovery needs <c>node_prefix "" { policy = "read" }</c> too).</summary>
    public static AclPolicy ServiceRead(params string[] prefixes) =>
        new(prefixes.Select(p => new AclRule(AclResource.Service, p, AclAccess.Read))
            .Append(new AclRule(AclResource.Node, string.Empty, AclAccess.Read)).ToList());

    /// <summary>Read on keys starting with one of the prefixes.</summary>
    public static AclPolicy KeyRead(params string[] prefixes) =>
        new(prefixes.Select(p => new AclRule(AclResource.Key, p, AclAccess.Read)).ToList());

    /// <summary>This policy plus the other's rules.</summary>
    public AclPolicy Union(AclPolicy other) => new(Rules.Concat(other.Rules).ToList());

    private static AclPolicy Everything(AclAccess access) =>
        new(AllResources.Select(r => new AclRule(r, string.Empty, access)).ToList());
}
