namespace Renderer.Core.Catalog;

/// <summary>
/// The orders every list a template sees is sorted by. All of them are ordinal: culture-aware comparison would
/// make the output depend on the machine's locale, and Consul's answer order is unspecified anyway.
/// </summary>
public static class CatalogOrder
{
    /// <summary>Instances of <c>service</c>: by node, then by service ID.</summary>
    public static IComparer<ServiceInstance> Instances { get; } = Comparer<ServiceInstance>.Create(
        (left, right) => Compare(left.Node, right.Node) is var byNode and not 0 ? byNode : Compare(left.Id, right.Id));

    /// <summary>Checks of an instance: by check ID (unique on a node), as Consul's state store keeps them.</summary>
    public static IComparer<InstanceCheck> Checks { get; } = Comparer<InstanceCheck>.Create(
        (left, right) => Compare(left.Id, right.Id) is var byId and not 0 ? byId : Compare(left.ServiceId, right.ServiceId));

    /// <summary>Entries of <c>nodes</c>: by node name.</summary>
    public static IComparer<NodeSummary> Nodes { get; } =
        Comparer<NodeSummary>.Create((left, right) => Compare(left.Node, right.Node));

    /// <summary>Entries of <c>services</c>: by service name.</summary>
    public static IComparer<ServiceSummary> Services { get; } =
        Comparer<ServiceSummary>.Create((left, right) => Compare(left.Name, right.Name));

    private static int Compare(string left, string right) => string.CompareOrdinal(left, right);
}
