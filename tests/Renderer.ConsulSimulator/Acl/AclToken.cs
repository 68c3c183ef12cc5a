namespace Renderer.ConsulSimulator.Acl;

/// <summary>A token the simulator knows: the secret clients send and the policy it grants.</summary>
public sealed record AclToken(string SecretId, AclPolicy Policy)
{
    /// <summary>The public ID Consul names in "Permission denied" messages. <value>Default: a new UUID.</value></summary>
    public string AccessorId { get; init; } = Guid.NewGuid().ToString();
}
