using System.Collections.Immutable;

namespace Renderer.Core.Catalog;

/// <summary>One entry of <c>services</c>: a service name and the union of its instances' tags.</summary>
/// <param name="Name">The service name.</param>
/// <param name="Tags">Every tag of every instance, de-duplicated and sorted ordinally.</param>
public sealed record ServiceSummary(string Name, ImmutableArray<string> Tags)
{
    /// <summary>
    /// The summary of <paramref name="name"/> with <paramref name="tags"/> de-duplicated and sorted ordinally
    /// (Consul's <c>/v1/catalog/services</c> gives them de-duplicated but in no defined order).
    /// </summary>
    public static ServiceSummary Create(string name, IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(tags);
        return new ServiceSummary(name, [.. tags.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }
}
