namespace Renderer.ConsulSimulator.State;

/// <summary>A service instance row of the simulated catalog.</summary>
internal sealed record StoredService(
    string Node,
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<string> Tags,
    string Address,
    IReadOnlyDictionary<string, ServiceAddress>? TaggedAddresses,
    IReadOnlyDictionary<string, string>? Meta,
    int Port,
    ServiceWeights Weights,
    bool EnableTagOverride,
    ulong CreateIndex,
    ulong ModifyIndex)
{
    public EntityKey Key => new(Node, Id);

    public bool HasSameContent(StoredService other) =>
        Id == other.Id
        && Name == other.Name
        && Kind == other.Kind
        && ContentEquality.SameList(Tags, other.Tags)
        && Address == other.Address
        && ContentEquality.SameMap(TaggedAddresses, other.TaggedAddresses)
        && ContentEquality.SameMap(Meta, other.Meta)
        && Port == other.Port
        && Weights == other.Weights
        && EnableTagOverride == other.EnableTagOverride;
}
