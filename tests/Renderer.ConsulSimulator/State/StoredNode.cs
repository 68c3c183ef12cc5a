namespace Renderer.ConsulSimulator.State;

/// <summary>A node row of the simulated catalog.</summary>
internal sealed record StoredNode(
    string Id,
    string Name,
    string Address,
    string Datacenter,
    IReadOnlyDictionary<string, string>? TaggedAddresses,
    IReadOnlyDictionary<string, string>? Meta,
    ulong CreateIndex,
    ulong ModifyIndex)
{
    public bool HasSameContent(StoredNode other) =>
        Id == other.Id
        && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase)
        && Address == other.Address
        && Datacenter == other.Datacenter
        && ContentEquality.SameMap(TaggedAddresses, other.TaggedAddresses)
        && ContentEquality.SameMap(Meta, other.Meta);
}
