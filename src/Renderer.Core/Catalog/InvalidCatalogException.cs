namespace Renderer.Core.Catalog;

/// <summary>
/// A <see cref="CatalogSnapshot"/> breaks an invariant Consul guarantees (unique node names in a datacenter,
/// unique service IDs on a node, unique datacenter names), which would make query order depend on input order.
/// </summary>
public sealed class InvalidCatalogException : CatalogException
{
    /// <summary>Creates the exception with a message naming the duplicate.</summary>
    public InvalidCatalogException(string message)
        : base(message)
    {
    }
}
