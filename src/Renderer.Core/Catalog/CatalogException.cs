namespace Renderer.Core.Catalog;

/// <summary>The base of every error about catalog data, catalog files or the arguments of catalog queries.</summary>
public abstract class CatalogException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    protected CatalogException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
