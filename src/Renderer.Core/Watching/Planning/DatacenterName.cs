namespace Renderer.Core.Watching.Planning;

/// <summary>A datacenter as dependencies name it: <c>null</c> (the agent's own) or a name; usable as a dictionary key.</summary>
/// <param name="Name">The name, or null for the local datacenter.</param>
internal readonly record struct DatacenterName(string? Name)
{
    public override string ToString() => Name ?? "(local)";
}
