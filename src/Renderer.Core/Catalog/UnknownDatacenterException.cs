namespace Renderer.Core.Catalog;

/// <summary>A query named a datacenter the catalog does not hold (Consul answers "No path to datacenter").</summary>
public sealed class UnknownDatacenterException : CatalogException
{
    /// <summary>Creates the exception naming <paramref name="datacenter"/> and the known ones.</summary>
    public UnknownDatacenterException(string datacenter, IReadOnlyList<string> knownDatacenters)
        : base(
            $"Unknown datacenter {ValueDisplay.Quote(datacenter)}: the catalog holds " +
            $"{string.Join(", ", knownDatacenters.Select(ValueDisplay.Quote))}.")
    {
        Datacenter = datacenter;
        KnownDatacenters = knownDatacenters;
    }

    /// <summary>The datacenter that was asked for.</summary>
    public string Datacenter { get; }

    /// <summary>The datacenters the catalog holds, sorted.</summary>
    public IReadOnlyList<string> KnownDatacenters { get; }
}
