using System.Collections.Immutable;

namespace Renderer.Core.Catalog;

/// <summary>One entry of <c>services</c>: a service name and the union of its instances' tags.</summary>
/// <param name="Name">The service name.</param>
/// <param name="Tags">Every tag of every instance, de-duplicated and sorted ordinally.</param>
public sealed record ServiceSummary(string Name, ImmutableArray<string> Tags);
