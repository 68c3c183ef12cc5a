namespace Renderer.ConsulSimulator.Acl;

/// <summary>The ACL resources the simulator enforces (Consul's rule kinds).</summary>
public enum AclResource
{
    Service,
    Node,
    Key,
    Agent,
}
