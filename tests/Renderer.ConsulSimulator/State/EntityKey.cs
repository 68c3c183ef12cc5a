namespace Renderer.ConsulSimulator.State;

/// <summary>Identifies a service instance or a check: node plus ID, both compared case-insensitively
/// (Consul's memdb indexes lower-case them).</summary>
internal readonly record struct EntityKey(string Node, string Id)
{
    public bool Equals(EntityKey other) =>
        string.Equals(Node, other.Node, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Id, other.Id, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() => HashCode.Combine(
        StringComparer.OrdinalIgnoreCase.GetHashCode(Node),
        StringComparer.OrdinalIgnoreCase.GetHashCode(Id));
}
