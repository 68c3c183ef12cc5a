namespace Renderer.ConsulSimulator.Acl;

/// <summary>ACL enforcement settings. With ACLs enabled, an unknown token gets 403 <c>ACL not found</c>.</summary>
public sealed record AclOptions
{
    /// <summary>Access when no rule matches: <see cref="AclAccess.Deny"/> (Consul's <c>deny</c>) or
    /// <see cref="AclAccess.Write"/> (<c>allow</c>). <value>Default: deny.</value></summary>
    public AclAccess DefaultPolicy { get; init; } = AclAccess.Deny;

    /// <summary>Known tokens. <value>Default: none.</value></summary>
    public IReadOnlyList<AclToken> Tokens { get; init; } = [];

    /// <summary>Rules of the anonymous token (requests without a token). <value>Default: no rules.</value></summary>
    public AclPolicy AnonymousPolicy { get; init; } = AclPolicy.None;

    /// <summary>Value of <c>X-Consul-Default-ACL-Policy</c>.</summary>
    internal string DefaultPolicyName => DefaultPolicy == AclAccess.Deny ? "deny" : "allow";
}
