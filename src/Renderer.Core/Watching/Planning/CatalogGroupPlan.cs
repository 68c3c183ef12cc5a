using System.Collections.Immutable;
using Renderer.Core.Dependencies;

namespace Renderer.Core.Watching.Planning;

/// <summary>The catalog keys of one datacenter served by its change feeds.</summary>
/// <param name="Keys"><c>services</c>, <c>service</c> and <c>nodes</c> keys of the datacenter.</param>
/// <param name="FastHealth">
/// Whether the checks table is watched through its two small lists (critical, warning) and read whole only when
/// they do not explain a change, instead of through one long poll on every check.
/// </param>
internal sealed record CatalogGroupPlan(ImmutableArray<DependencyKey> Keys, bool FastHealth)
{
    /// <summary>Long polls of the main feeds: services table, checks table, nodes.</summary>
    public const int MainFeeds = 3;

    /// <summary>Long polls the fast health feeds add: critical and warning lists replace the whole check list.</summary>
    public const int FastHealthFeeds = 1;

    public int LongPolls => MainFeeds + (FastHealth ? FastHealthFeeds : 0);
}
