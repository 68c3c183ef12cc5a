namespace Renderer.ConsulSimulator.Acl;

/// <summary>Access levels, ordered: write implies read.</summary>
public enum AclAccess
{
    Deny,
    Read,
    Write,
}
